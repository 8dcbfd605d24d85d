"""Round 17 of issue 15, part F: precision. Innocent scenes read from the false alarms of the round's
eight new writers (dev104 to dev111), tested as grids: each scene's family of innocent phrasings in
three scripts must stay below the review line, and the indicator said beside the same words must
still fire. None of these sentences is a set's.

1. 109, THE HELPLINE FOR VIOLENCE AGAINST WOMEN AND CHILDREN, AS A NUMBER TO CALL; a camp's women- or
   child-friendly space (neg.awareness_news: the hotline a voice by itself, the space an institution).
2. THE SAFE-MIGRATION TIP TO KEEP A COPY OF THE PASSPORT, "before you fly" (neg.awareness_news, one cue of
   two each).
3. A WORKER'S CONTENT POST: "no problem" is no trouble, the passport in her own hands in a list or in
   her own locker, the pay "on time" with its sum between, the employer who bought the ticket home, "kaj
   thik thak" (neg.content_voice).
4. THE PRESS'S WORDS: a strike and "মালিকপক্ষ", an anti-child-labour drive, the honorific "ফিরলেন" and
   the passive "জানানো হয়", a force named first by its initials ("CID:"), an embassy or a consulate that
   "warns" (neg.awareness_news).
5. A RECEIPT SENT WITH A PLEA TO STOP THE BEATING OR LET A RELATIVE GO is the captors' money, not a
   receipt's voice (neg.mfs_receipt's plea_r17f: the ransom or the violence is flagged).
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'helpline_109': ('line', [
        'Parents please note: a girl below 18 may not be married off, it is a crime, even to a groom settled in Malaysia. Dial 109, the call is free.',
        'Uthan meeting: 18 bochorer kom boyoshi meyer biye dewa oporadh, bor bidesh e thakleo. kono khobor thakle 109 e call koren.',
        '১৮ বছরের কম বয়সী মেয়ের বিয়ে দেওয়া অপরাধ, বর বিদেশে থাকলেও। বাল্যবিয়ের খবর পেলে ১০৯ নম্বরে ফোন দিন।',
        "Today at the child friendly space: 'Offers of marriage from abroad - what to ask'. A girl under 18 cannot be married under the law.",
    ], [
        'meye 15 bochor, Malaysia te biye dibo, chhele pokkho 2 lakh dibe, kauke bolben na',
        'মেয়ের বয়স ১৫, মালয়েশিয়ায় বিয়ে দিমু, ছেলেপক্ষ ২ লাখ দিবে, কাউরে কইবেন না',
        'girl is 15 but we make her 19 on paper, groom in Malaysia pays 2 lakh, room 109 in the hotel, tell nobody',
    ], None),
    'copy_tip': ('line', [
        'Before you fly: keep a scanned copy of your passport and visa on your phone and leave one at home. If anyone at arrival asks you to sign another contract, refuse and call the labour wing.',
        'বিদেশ যাওয়ার আগে পাসপোর্ট আর ভিসার ফটোকপি বাড়িতে পরিবারের কাছে রেখে যান। বিমানবন্দরে নতুন চুক্তিতে সই করতে বললে সই করবেন না, দূতাবাসে যোগাযোগ করুন।',
        'Jawar age passport ar contract er photocopy bari te family r kache rekhe jan. okhane notun contract e sign korte bolle korben na, embassy te jogajog korun.',
        "Fishermen's tip: keep a photo of all your papers, CDC and contract with your wife. Tell her the boat name before you sail.",
    ], [
        'send a photo of your passport and 50k advance first, original passport stays with me till you pay the rest',
        'পাসপোর্টের ছবি আর ৫০ হাজার অগ্রিম পাঠান, বাকি টাকা না দেওয়া পর্যন্ত আসল পাসপোর্ট আমার কাছে থাকবে',
        'passport er chobi ar 50 hajar advance pathan, baki taka na dile asol passport amar kache thakbe',
    ], None),
    'content_post': ('line', [
        'Alhamdulillah 2 years in the Johor plant. Supervisor good, overtime paid, passport with me, Friday off. No problem at all here.',
        'ami dammam e driver, beton 1500 riyal time moto pai, passport ar iqama sob amar kache. kono somossa nai, dua koiren',
        'আলহামদুলিল্লাহ, দুবাইয়ে তিন বছর। বেতন ১৮০০ দিরহাম সময়মতো পাই, পাসপোর্ট আমার কাছে। কোনো সমস্যা নাই।',
        'Ma, kafil nijei ticket kete dise, porer mashe chuti te ashtesi. passport amar kache e thake, tension nio na',
        'প্রথমে ম্যানেজার পাসপোর্ট জমা চাইছিল, আমরা দেই নাই। এখন সবার পাসপোর্ট নিজের লকারে। কাজ ঠিকঠাক।',
        'The boss held the passports for the visa renewal and gave them back in four days with the new stamp. All good brother, ignore the rumours.',
    ], [
        'Alhamdulillah visa ready, company good, passport stays with me until you send the balance, no problem',
        'passport amar kache thakbe, baki 2 lakh dile ferot dibo, no problem bhai',
        'মালিক সবার পাসপোর্ট নিজের কাছে। বেতন ৪ মাস দেয় না, কাজ ঠিকঠাক না করলে মারে।',
        'beton 1500 riyal time moto pai na, 3 mash baki, passport malik rekhe dise',
    ], None),
    'press_words': ('line', [
        'কুয়েতের একটি কোম্পানিতে বকেয়া বেতনের দাবিতে কর্মবিরতি পালন করেছেন বাংলাদেশি শ্রমিকেরা। পরে মালিকপক্ষ বেতন পরিশোধের আশ্বাস দিলে তাঁরা কাজে ফেরেন।',
        'নারায়ণগঞ্জে শিশুশ্রমবিরোধী অভিযানে কারখানা থেকে ৯ শিশুকে উদ্ধার, মালিককে জরিমানা।',
        'সৌদি আরব থেকে ফিরলেন ৩০ নারী কর্মী। অনেকে বেতন না পাওয়ার অভিযোগ করেন। বিমানবন্দরে তাদের খাবার ও গাড়িভাড়া দেওয়ার কথা জানানো হয়।',
        'CID: three agents in Cumilla held for running hundi through mobile wallets; accounts frozen.',
        'The Italian embassy in Dhaka warns applicants about touts selling fake appointment dates for 4 lakh taka; the dates are free, it said.',
    ], [
        'malik 4 mash beton dey na, passport rekhe dise, embassy te jaite dey na',
        'boss keeps our passports, 4 months no salary, says if we complain to the embassy he will call CID on us',
        'মালিক ৪ মাস বেতন দেয় না, পাসপোর্ট রাইখা দিছে, দূতাবাসে যাইতে দেয় না',
    ], None),
    'receipt_plea': ('line', [
        'Bkash e 5000 pathaisi, TrxID 8JK3L2M9PQ. ammur oshudh kine dio, ar chhoto bhai ke school e pathaio',
        'বিকাশে ৫০০০ পাঠাইছি, ট্রানজেকশন আইডি 8JK3L2M9PQ। আম্মার ওষুধ কিনে দিও।',
        'Sent 5000 by bKash, TrxID 8JK3L2M9PQ. Buy medicine for Ammu, and tell Rafi to study.',
    ], [
        'Nagad e 40000 pathaisi, TxnID 8JK3L2M9PQ. baki 10000 kal dibo, amar bhai ke chere dite bolen, o kichu khay nai',
        'বিকাশে ৪০০০০ পাঠাইছি, ট্রানজেকশন আইডি 8JK3L2M9PQ। বাকিটা কাল দিমু, পায়ে পড়ি, ভাইটারে আর মাইরেন না।',
        'Sent 40000 by Nagad, TxnID 8JK3L2M9PQ. The rest tomorrow, please stop beating my brother and let him call home.',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_innocent_scene_stays_below_the_line(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_true_scene_is_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
