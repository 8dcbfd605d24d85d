"""Round 30 of issue 15, part C: precision. Innocent scenes read from the training false alarms (the
fresh writers dev158-dev161 first, then the rest), tested as grids: each scene's innocent phrasings in
the scripts where the class exists stay below the line (or are not hit by the rule named), and the
indicator said beside the same words still fires. None of these sentences is a set's.

1. A COURT'S SENTENCE OR A NEW LAW REPORTED (neg.awareness_news, authority_acts): the headline's prison
   term as a noun phrase ("৭ বছরের কারাদণ্ড", "6 bochorer karadondo"), "court convicts", a law passed
   or a minimum wage set by a state; a controller's threat of a prison term ("karadondo hobe") stays flagged.
2. A HELP SERVICE'S OWN VOICE (neg.awareness_news, help_r30c): its free consultation, its desk or call
   centre to be phoned, its counselling centre signed with a number; a threat against going to the help
   desk stays flagged.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (rule that must not hit the innocent texts, or 'line', innocent texts, true texts, rule the true texts fire)
SCENES = {
    'court_sentence_reported': ('line', [
        'A court in Muscat convicts a cleaning contractor for unpaid wages of 35 workers held in a camp',
        'ঢাকার ট্রাইব্যুনালে এক দালালের ৯ বছরের সশ্রম কারাদণ্ড, বিদেশে আটকে রেখে মুক্তিপণ আদায়ের মামলায়',
        'Narsingdir ek dalal er 8 bochorer karadondo, meyeder Dubai te atke rakhar mamlay',
    ], [
        'palaile police e dimu, tor 7 bochorer karadondo hobe, passport amar kache thakbe',
        'পালাইলে তোর ১০ বছরের কারাদণ্ড হবে, পাসপোর্ট আমার কাছে থাকবে',
    ], None),
    'law_passed_reported': ('line', [
        'Oman sets first minimum wage for domestic workers, employers who keep passports face fines',
        'The cabinet has approved a new law letting migrant workers change employers after unpaid wages',
        'মন্ত্রিসভায় গৃহকর্মী সুরক্ষা আইনের খসড়া অনুমোদন, পাসপোর্ট আটকে রাখা হবে দণ্ডনীয়',
    ], [
        'the boss took our passports and has not paid wages for 3 months, the new law changes nothing here',
    ], None),
    'help_service_voice': ('line', [
        'Free legal advice every Sunday for families whose relative abroad is not paid or cannot call home',
        'বেতন না পেলে বা মালিক ফোন কেড়ে নিলে হেল্প ডেস্কে ফোন করুন',
        'beton na pele ba malik phone niye nile help desk e phone korun',
        'প্রতি শুক্রবার ফ্রি আইনি পরামর্শ, বেতন আটকে থাকলে কাগজ নিয়ে আসুন',
    ], [
        'help desk e complain korle tor bhai ke Saudi te poira thakte hobe, passport amar kache',
        'If your family go to the help desk we will file a case against your father',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_innocent_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_true_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
