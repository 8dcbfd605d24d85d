"""Round 21 of issue 15, part P: the voice step on texts nobody wrote the suppressors for. Voices read
from the false alarms of the writers of dev104 to dev125 (news, awareness, official notices), tested as
grids: each voice's innocent phrasings in three scripts must stay below the review line, and the
recruiter's, the broker's or the victim's look-alike beside the same words must still be flagged. None of
these sentences is a set's.

1. THE HEADLINE'S ACT BY A FINANCIAL OR BORDER AUTHORITY: accounts frozen or seized by the BFIU, the CID
   or the ACC, and the headline's inverted past with the force last ("... যাত্রীকে আটকাল ইমিগ্রেশন পুলিশ")
   (neg.awareness_news's acts_r21p, a voice by itself). The broker's "an account gets frozen if you send
   too much, split it" names no authority as the subject and stays flagged.
2. THERE IS NO SUCH VISA: the contraction, a visa's kind, and Sylheti "bola kunu ... nai"
   (none_r21p, a voice by itself); a victim's finding that a company does not exist is not it.
3. THE LETTERHEAD: a sender's notice named first ("X-এর নোটিশ:"), a district employment office by its
   initials ("DEMO:"), an embassy's wing before its mission (header_r21p). A bare "জরুরি নোটিশ:" opening
   an ad, or a "Notice:" followed by the advance to send, stays flagged.
4. THE PUBLIC ADDRESSED AND HELP OFFERED: "Parents,", "প্রবাসী ভাইদের জন্য", "you are not alone"
   (address_r21p), "message us confidentially", "talk to your kids", the dialects' "don't fear" and
   "don't believe" (help_r21p), the law's "doing X is a crime" (crime_r21p): one cue of two each. A
   controller's "you are not alone" beside the passport kept stays flagged.
5. A WORKER'S FAIR MONTH: the pay received in full or at the month's turn, the settlement counted out and
   paid in hand (paid_r21p), the costs the employer bore and nothing cut (fair_r21p): one cue of two each
   in neg.content_voice. The debt still owed, the cost cut from the pay, the pay not given, and a
   recruiter's "OT paid, company paid the levy, send the advance" stay flagged, and so does the fair month
   recalled from the offer and then found a lie (the lead's guard: dr.told_versus_found's "found" words).
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'freeze_headline': ('line', [
        'CID freezes 62 bKash and Nagad agent accounts used by a digital hundi ring in Cumilla.',
        "BFIU has frozen 90 MFS accounts that moved hundi payments for migrants' families in Sylhet.",
        'ডিজিটাল হুন্ডির অভিযোগে ১১০টি এজেন্ট অ্যাকাউন্ট জব্দ করেছে সিআইডি।',
        'ajke BFIU 150 ta bkash nagad agent account freeze korse, egula diye hundi te taka pathano hoto',
        'জাল স্মার্ট কার্ড নিয়ে সৌদি যাওয়ার চেষ্টা, বিমানবন্দরে ৭ যাত্রীকে আটকাল ইমিগ্রেশন পুলিশ',
    ], [
        'ek number e 25 er beshi dile account freeze kore dey, hundi r lok er kache cash den, 3 number e bhag kore',
        'police froze my account so send the rest through hundi, split over these three numbers',
        'বিকাশে বেশি দিলে অ্যাকাউন্ট জব্দ করে, বাকি টাকা হুন্ডির দোকানে দেন, রশিদ চাইবেন না',
    ], None),
    'no_such_visa': ('line', [
        "Beware of the 'free visa' offer. There's no such thing: without a real employer your iqama lapses and you are illegal from day one.",
        "Thread: why an 'azad visa' lands people in detention. 1) There is no such visa type. 2) The sponsor never employs you.",
        "'free visa' bola kunu visa nai, dalal er kotha bishshash koirain na, amrar office o aiyoin",
        "'ফ্রি ভিসা' বলা কুনু ভিসা নাই, দালালের কথা বিশ্বাস কইরাইন না।",
    ], [
        'the embassy said there is no such company, the visa he sold us is fake and he keeps our passports',
        'free visa dimu, oikhane nijer kaj nije khujben, 4 lakh advance lagbe',
        'ফ্রি ভিসা দিমু, গিয়া নিজে কাজ খুঁজবেন, ৪ লাখ অগ্রিম লাগবে',
    ], None),
    'letterhead': ('line', [
        'মদিনা ট্যুরসের নোটিশ: হজ প্যাকেজ ২০২৭, জনপ্রতি ৬,৯০,০০০ টাকা। পাসপোর্ট জমার শেষ তারিখ ১৫ জানুয়ারি। রশিদ ছাড়া কাউকে টাকা দেবেন না।',
        'Cumilla DEMO: Jordan gami nari kormider 21 diner proshikkhon 10 tarikh theke, boyos 25-40, passport er fotokopi anben.',
        'Labour Wing, Bangladesh Embassy Muscat: workers whose sponsor keeps their passport or has not paid their salary may email the wing with their permit number.',
        'BMET er notice: Jordan e garments kormi, boyos 20-35, sob khoroch bank e joma, rosid dewa hobe, passport er copy anben.',
    ], [
        'জরুরি নোটিশ: সৌদি ভিসা ৫ লাখ, অগ্রিম ২ লাখ বিকাশে পাঠান, রশিদ হবে না',
        'Notice: Malaysia calling visa 4.5 lakh, send the advance to 01711-223344 today, no receipt',
        'DEMO te giye lav nai, amar kache 5 lakh dile 1 mash e visa, passport amar kache thakbe',
    ], None),
    'public_addressed': ('line', [
        'Asked to hand over your passport or to work for no pay? You are not alone. Message us confidentially on our page.',
        'Parents, check who your girls chat with online. Traffickers promise modelling work abroad and tell them to keep it secret. Talk to your kids.',
        'Guardians, a girl under 18 cannot be sent abroad for work. Raising her age on the passport is a crime. Talk to your daughter.',
        'sob probashi bhai der jonno: kafeel huroob dile bhoy paiyen na, embassy labour wing e jogajog koren.',
        '18 er niche meye ke bidesh e kaje pathano oporadh. boyosh bariye passport korle mamla hoy, school shesh korte din.',
        'প্রবাসী ভাইদের জন্য: কফিল পাসপোর্ট আটকে রাখলে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন, ভয় পাইয়েন না। আপনি একা নন।',
        '১৮ বছরের নিচে মেয়েকে বাসার কাজে দেওয়া অপরাধ। কাজে পাঠানোর আগে মালিকের ঠিকানা আর ফোন নম্বর রাখুন।',
        'অভিভাবকগণ, মেয়েকে ১৮ বছরের আগে বিদেশে কাজে পাঠাবেন না। বয়স বাড়িয়ে পাসপোর্ট করা অপরাধ।',
    ], [
        'you are not alone, I will keep your passport safe with me until you pay the 2 lakh',
        'Parents, your girl is 15 but we make her 19 on the passport, groom in Dubai pays 2 lakh, tell nobody',
        'tumi eka na, amra achi. passport amar kache thakbe, kauke bolbi na',
        'আপনি একা নন, আমরা আছি। পাসপোর্ট আমার কাছে থাকবে, বাকি টাকা দিলে ফেরত দিব',
    ], None),
    'fair_month': ('line', [
        'Alhamdulillah, OT paid every month and the company paid the levy, no deductions from my salary.',
        'alhamdulillah, overtime sob pai, permit renew company nijei korse, beton theke kono taka kate nai',
        'আলহামদুলিল্লাহ, মালিক মাসের ১ তারিখেই বেতন দেয়, ওভারটাইম সব পাই।',
        'Ma tension nio na, sardar hishab bujhaiya dise, 12 hajar haate paisi, porshu bari ashbo',
        'মা টেনশন নিও না, সর্দার হিসাব বুঝাইয়া দিছে, ১৫ হাজার হাতে পাইছি।',
    ], [
        'OT paid they say, but the company keeps my passport and cuts it from my salary every month for the levy',
        'sardar hishab kore dise, dadon shodh hoy nai, ekhono 20 hajar baki, bari jaite dibe na',
        'মালিক মাসের ১ তারিখে বেতন দেয় না, ৩ মাস বাকি, পাসপোর্ট রেখে দিছে',
        'Alhamdulillah visa ready, OT paid, company paid the levy, send 2 lakh advance today to confirm',
        # (round 21, lead) the fair month recalled from the offer and found a lie is deception, not content
        'They told us OT paid every month and the company paid the levy. It was all lies, this is not a factory, it is a farm.',
        'bolechilo overtime sob pai, permit renew company nijei korse, sob mittha kotha, eikhane kono factory nai',
        'কইছিল মাসের ১ তারিখেই বেতন দেয়, ওভারটাইম সব পাই। সব মিথ্যা, এইখানে কোনো ফ্যাক্টরি নাই',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_innocent_scene_stays_below_the_line(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_true_scene_is_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)


# (round 21, lead) a recruiter's order to send the advance, written with a comma after it, is
# the writer's own offer as it is without one: a warning's opening beside it does not hold the ad
@pytest.mark.parametrize("text", [
    "সতর্কতা: দালালের কথায় বিশ্বাস করবেন না, সরকারি খরচ ১ লাখ ৬৫ হাজার। কুয়েতে ড্রাইভার ভিসা রেডি, অগ্রিম ৪০ হাজার বিকাশে পাঠান, পাসপোর্টের কপি দিন",
    "সাবধান, দালালের কথায় বিশ্বাস করবেন না, সরকারি খরচ ১ লাখ ৬৫ হাজার। ওমানে ক্লিনার ভিসা আছে, অগ্রিম ৩০ হাজার বিকাশ করেন, বাকিটা পরে",
])
def test_an_order_to_send_the_advance_ends_at_its_punctuation(matcher, text):
    result = matcher.match(text)
    assert result.score >= matcher.line, result.explanation
    assert not any(h.category == "suppressor" for h in result.hits), result.explanation
