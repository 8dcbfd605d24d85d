"""Round 31 of issue 15, the lead's part: the controller as the only channel (iso.kept_from_help).

The one in control has everything go through him: "only through me", "ja khobor ami e dibo", "যা বলার
আমারে বলবা", "khali ei number e kotha hobe", beside a place of help (the embassy, the police), the employer's
own office, a direct contact it replaces, or the other channels cut (the groups left, the SIM taken out).
A relative who speaks for one without the language, an office's own "all paperwork through our office",
and advice to contact the embassy directly stay quiet. None of these sentences is a set's.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


SCENES = {
    'only_channel': ('iso.kept_from_help', [
        'my cousin calls the company only through me, he does not speak any English',
        'for your visa status contact the embassy directly, never through any agent',
        'The agency handles the paperwork, all documents go through our office in Motijheel',
        'amar bhai company te amar maddhome kotha bole, o english bujhe na',
        'ভিসার খবর জানতে সরাসরি দূতাবাসে যোগাযোগ করুন, কোনো দালালের মাধ্যমে না',
        'join our family group, only this number works now, the old sim is lost',
    ], [
        'do not call the factory or the high commission, everything goes only through me',
        'the broker told my father not to call the office, all news only through him',
        'from now on you talk only to me, leave the cricket group, they are jealous of you',
        'ja khobor ami e dibo, malik er office e phone diba na',
        'sim ta khulo, sob group leave koro, ekhon theke khali ei number e kotha hobe',
        'সব কথা আমার মাধ্যমে হবে, থানায় বা দূতাবাসে ফোন দিবা না',
        'কোম্পানিতে সরাসরি যোগাযোগ করবা না, যা বলার আমারে বলবা',
    ], 'iso.kept_from_help'),
}


@pytest.mark.parametrize('scene', sorted(SCENES))
def test_innocent_channels_not_read_as_isolation(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize('scene', sorted(SCENES))
def test_the_controller_as_the_only_channel_is_isolation(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
