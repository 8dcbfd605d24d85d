"""Round 19 of issue 15, part F: precision. Innocent scenes read from the false alarms of the round 18
writers (dev112 to dev115) and of the rest of eval/dev, tested as grids: each scene's family of innocent
phrasings in three scripts must stay below the review line, and the indicator said beside the same words
must still fire. None of these sentences is a set's.

1. THE FAMILY'S REMITTANCE BY THE BANK: the bank urged, affirmative, for money sent home ("ব্যাংকে পাঠা,
   প্রণোদনা পাবি", "hundi te na, bank e pathao", "use the bank, you get the bonus") (neg.official_channel's
   remit_bank_r19f); the recruiter's "don't use the bank", "ব্যাংকে পাঠাইবেন না" stays a hit.
2. THE AGENCY'S LICENCE CHECKED by the writer, a relative or shown at the office ("লাইসেন্স চেক করছি",
   "license check kore nao", "I checked the agency's licence") (neg.official_channel's licence_checked_r19f);
   an advertiser's "license check korun" beside an advance is the recruiter's.
3. NEWS RETOLD IN CHAT: the paper, the news or a report seen or asked about ("aj paper e dilo", "news
   dekhso?", "report ta dekhsen?", "পেপারে দেখলাম", "have you seen the headline") (neg.awareness_news's alarm).
4. AN OFFICE'S ORDER TO HAND IN AN APPLICATION, A COMPLAINT OR A COPY ("আবেদন ... কেন্দ্রে জমা দিন",
   "application form office e jama din") is not the recruiter's "jama din" (neg.awareness_news's
   self_offer); "পাসপোর্ট জমা দিন" after a warning's words stays the recruiter's.
5. A FOREIGN GOVERNMENT'S OFFICE NAMED FIRST WITH ITS CITY ("British High Commission, Dhaka:",
   "Maldives Immigration:", "ইতালীয় দূতাবাস, ঢাকা:") (neg.awareness_news's header); a place gone to
   ("embassy te gesilam:") is not one.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'remit_by_bank': ('line', [
        'Chachu is sending 3 lakh from Riyadh for the house repair. The hundi man gives 2 taka more per riyal, but I told him use the bank this time, the bank gives the incentive.',
        'mama ke bolo Oman theke taka ta hundi te na, bank e pathate bolo, 2.5% incentive pabe, amader ghorer kaj er jonno lagbe',
        'ছোট ভাই, কাতার থেকে টাকাটা এবার হুন্ডিতে না, ব্যাংকে পাঠাবি, সরকারি প্রণোদনা পাবি। আব্বার চিকিৎসার খরচ লাগবে।',
        'আম্মা বলে ব্যাংকেই পাঠা, হুন্ডির ঝামেলা চাই না, বোনের বিয়ের টাকা ৩ লাখ',
    ], [
        "Don't use the bank, give the riyals to my man at the shop, and the visa's last 80 thousand is cut from it before your family gets a taka.",
        'ব্যাংকে পাঠাইবেন না, ধরা খাইবেন। হুন্ডির লোক নগদে দিবে, মেয়েগুলার কামাইয়ের টাকা আমার কাছে আসবে',
        'bank e pathaile rate kom, amar hundi r lok ache. tor beton theke dalal er baki 1 lakh kete rakhbo',
    ], None),
    'licence_checked': ('line', [
        'Phupu says Nasrin will go to Dubai for parlour work, salary 80k. I told her wait, first we check the agency licence on the BMET site; I checked the RL number myself and it is real.',
        'bou ke Kuwait pathabe bolse chacha, ami bollam age agency r license check kore nao, offer letter dekho, tarpor kotha',
        'মামা বলছিল সীমারে ওমানে হাসপাতালের কাজে পাঠাবে, বিদেশে মেয়েদের জন্য ভালো বেতন। আমি বিএমইটির সাইটে এজেন্সির লাইসেন্স চেক করছি, আসল। টাকা ব্যাংকে দিবো রসিদসহ।',
        'আজকে এজেন্সির অফিসে গেছিলাম, লাইসেন্স দেখাইছে, সরকারি ফির রসিদও দিছে। মেডিকেল হইলে ভিসা, দোয়া কইরো',
    ], [
        'Licensed agency, check our license! Dubai parlour girls job, salary 90k, send 40k advance today, passport stays with us till the visa',
        'amader license check koren, Dubai parlour e meyeder kaj, beton 80 hajar, advance 50 hajar bkash koren aj, passport amader kache thakbe',
        'আমাদের লাইসেন্স চেক করেন, দুবাই পার্লারে মেয়েদের কাজ, বেতন ৮০ হাজার, অগ্রিম ৫০ হাজার আজকে বিকাশ করেন, পাসপোর্ট আমাদের কাছে থাকবে',
    ], None),
    'news_retold': ('line', [
        'ajke pepar e dekhlam Jessore r ek dalal er 7 bochor jel hoise, 2018 e 3 ta meye ke India te becheche. thik e hoise',
        'Have you seen the headline? the dalal took 18 lakh from each nurse for a UK care visa and there was no job there.',
        'আজকের পেপারে দেখলাম ওমানে গৃহকর্মী হিসেবে যাওয়া ১৫ জন নারী ফিরে আসছে, দালালরা তাদের পাসপোর্ট আটকে রাখছিল, থানায় মামলা হইছে',
        'report ta dekhso? dalal ra nurse der theke 18 lakh porjonto nisse UK er visa r nam e, giye kaj nai',
    ], [
        'ekhane amader passport rekhe dise, roj 18 ghonta kaj koray, beton dey na 4 mash, bahire jaite dey na',
        'আমাদের পাসপোর্ট রাইখা দিছে, দিনে ১৮ ঘণ্টা কাজ করায়, ৪ মাস বেতন দেয় না, বাইরে যাইতে দেয় না',
        'they kept our passports, 18 hours a day of work, no salary for 4 months, we are not allowed out',
    ], None),
    'office_hand_in': ('line', [
        'বাংলাদেশ হাইকমিশন, মাস্কাট: পাসপোর্ট নবায়নের আবেদন হাইকমিশনের কাউন্টারে জমা দিন। কোনো দালালের মাধ্যমে আবেদন করবেন না, নির্ধারিত ফি-র বাইরে কোনো টাকা দিবেন না।',
        'প্রবাসী কল্যাণ ডেস্ক: বকেয়া বেতন বা পাসপোর্ট আটকের অভিযোগ লিখিতভাবে জমা দিন। অভিযোগকারীর পরিচয় গোপন রাখা হবে।',
    ], [
        'সতর্ক থাকুন! আমরা আসল এজেন্সি, পাসপোর্ট জমা দিন, দুবাই পার্লারে মেয়েদের কাজ, বেতন ৮০ হাজার',
        'sotorko thakun! amra asol agency, passport jama din, Dubai parlour e meyeder kaj, beton 80 hajar',
        'Beware of fake agents! We are the real agency, send your passport, Dubai parlour job for girls, salary 80k',
    ], None),
    'foreign_office_header': ('line', [
        'Italian Embassy, Dhaka: visa appointments are free and booked only online. Nobody at the gate can sell you a date; any agent asking 3 lakh for a work visa is a fraud.',
        'Saudi Immigration: workers whose iqama has expired may regularise their status at any office before 30 June; they will not be detained while the application is processed.',
        'ইতালীয় দূতাবাস, ঢাকা: ভিসার অ্যাপয়েন্টমেন্ট বিনামূল্যে। কাজের ভিসার জন্য কোনো এজেন্টকে টাকা দিতে হয় না, প্রতারণার তথ্য জানাতে ইমেইল করুন।',
    ], [
        'embassy te gesilam: boss passport rekhe dise, 4 mash beton dey na, bahire jaite dey na',
        'দূতাবাসে গেছিলাম: মালিক পাসপোর্ট রাইখা দিছে, ৪ মাস বেতন দেয় না, বাইরে যাইতে দেয় না',
        'Went to the embassy: the boss kept my passport, no salary for 4 months, not allowed to go out',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_innocent_scene_stays_below_the_line(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_true_scene_is_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
