"""Round 30 of issue 15, the lead's part: the papers' keeper as an open slot (doc.kept_by_other_wide).

New writers name whoever holds the papers in their own trade's words (a captain, a landlord, a kapo, "Rony
bhai", "আসিফ নামের লোকটা"), and a list of roles never reaches them all. The keeper is now read from the
sentence's shape: the papers "are with" anyone but the writer or the reader, in someone's safe or locker,
at anyone's in the romanised or the Bengali genitive ("Jamil bhair kache", "ঠিকাদারের হাতে"; not "amar
kache", "নিজের কাছে"), kept by a third person ("rakhe", "রাখে"), or the owner told they will not get them
("pabi na"). Abuse given for the asking ("chaile gali dey") is no giving back on request. Kin, an embassy,
a lawyer, the owner's own leaving them with someone, and a copy or a photo stay quiet. None of these
sentences is a set's.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


SCENES = {
    'keeper_open_slot': ('doc.kept_by_other_wide', [
        # kin, the owner, an office's step, a lawyer, a copy, a thing that is no paper
        'My passport is with my mother, she keeps it in the almari',
        'my residence card is with me, no problem',
        'Our work permits are with the lawyer for the appeal at the legal aid clinic',
        'The site manager took a photo of my ID card for the file',
        'Jamil bhai has my charger, ask him to bring it tonight',
        'amar passport ammur kache, chinta koro na',
        'passport er copy bariwala ke dilam rent agreement er jonno',
        'desh e jawar age passport bondhur kache rekhe aslam',
        'আমার আইডি কার্ড আম্মুর কাছে আলমারিতে',
        'দেশে যাওয়ার আগে পাসপোর্ট বন্ধুর কাছে রাইখা আসছি',
        'কোম্পানি আমার পাসপোর্ট রাখেনি, ইকামা হাতে পাইছি',
        'তুমার কাছে কাগজের নিয়মটা জিগাইতে কইছে',
    ], [
        # anyone named with the papers, in the three scripts
        'My work permit is with Jamil bhai and he will not return it',
        'all our ID cards are in the foreman\'s safe since the first week',
        'The skipper has our seaman books, we asked twice',
        'I cannot go home, my passport is with the kapo',
        'amar iqama ekhono Jamil bhair kache, chaile bole season shesh hok',
        'thikadar amader passport rakhe, chaile gali dey',
        'meyeder passport oi loker locker e tala diye rakhse',
        'bari jete chaile manager bole passport pabi na',
        'আমার পাসপোর্ট এখনো ঠিকাদারের কাছে, কয় মৌসুম শেষে দিবো',
        'আমাগো কাগজপত্র সব ওগো হাতে, চাইলে দেয় না',
        'জসিম ভাই আমার আইডি কার্ড রাখে, চাইলে মাইর দেয়',
        'বাড়ি যাইতে চাইলে সর্দার কয় পাসপোর্ট পাবি না',
    ], 'doc.kept_by_other_wide'),
}


@pytest.mark.parametrize('scene', sorted(SCENES))
def test_innocent_keeping_not_read_as_retention(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize('scene', sorted(SCENES))
def test_anyone_named_with_the_papers_is_retention(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
