"""Round 29 of issue 15, part C: precision. Innocent scenes read from the training false alarms (the
fresh writers dev154-dev157 first, then the rest), tested as grids: each scene's innocent phrasings in
the scripts where the class exists are not hit by the rule named, and the indicator the rule exists for,
said beside the same words, still fires. None of these sentences is a set's.

1. THE GROUP'S RULE AGAINST THE FREE VISA (dr.free_visa, dr.visa_trading): the admin who removes
   whoever posts a free visa or a visa for sale, and the free visa defined away ("is not a visa",
   "কোনো ভিসা না"), are no offer; a seller's "post will be removed soon, inbox" stays flagged.
2. THE FAMILY'S OWN PASSPORT BEING MADE (doc.passport_retained, doc.document_held_on_condition,
   doc.kept_by_other_wide, mn.age_record_changed_wide): the application handed in at the passport
   office, the fingers to be given, the passport renewed, its ten years of validity, with no keeper in
   the message; "passport amar kache thakbe" and a child's record made anew stay flagged.
3. THE BANK CHOSEN OVER HUNDI (pay.hundi, thr.conditional_harm): the sender who keeps to the bank even
   at a lower rate, and the warning that hundi risks the sender's money or the nation's; a hundi man's
   better rate, and a threat of jail if the worker goes to the police, stay flagged.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (rule that must not hit the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'group_bars_free_visa': ('dr.free_visa', [
        'Admin notice: anyone posting a free visa offer in this group will be removed',
        'a free visa is not a real visa, always ask for the employer name',
        'group e keu free visa er post dile admin remove kore dibe',
        'free visa kono visa na bhai, dalal er kotha shunben na',
        'এই গ্রুপে কেউ ফ্রি ভিসার পোস্ট দিলে এডমিন রিমুভ করে দিবে',
        'ফ্রি ভিসা কোনো ভিসা না, মালিকের নাম জেনে নিন',
    ], [
        'Saudi free visa available, this post will be removed soon, inbox now',
        'free visa ache, keu jaben? inbox koren',
        'সৌদি ফ্রি ভিসা আছে, কেউ নিলে ইনবক্স করেন',
    ], 'dr.free_visa'),
    'group_bars_visa_trade': ('dr.visa_trading', [
        'Admin: no visa selling posts here, anyone selling visas will be removed',
        'keu visa bikri post dile admin remove kore dibe',
        'গ্রুপে কেউ ভিসা বিক্রির পোস্ট দিলে এডমিন রিমুভ করে দিবে',
    ], [
        'Qatar visa for sale, anyone interested inbox, post will be removed',
        'visa bikri hobe 3 ta, inbox',
        'সৌদি ভিসা বিক্রি হবে, যোগাযোগ করুন',
    ], 'dr.visa_trading'),
    'passport_applied_for': ('doc.passport_retained', [
        'passport er abedon office e jama disi, kal finger dite jabo',
        'মেয়ের পাসপোর্টের আবেদন জমা দিছি, সোমবার ফিঙ্গার দিতে যাবো',
    ], [
        'passport er abedon jama disi, finger dite jabo, passport amar kache thakbe kaj shesh na hoile',
        'পাসপোর্ট আমার কাছে জমা রাখতে হবে',
    ], 'doc.passport_retained'),
    'passport_being_made_wait': ('doc.document_held_on_condition', [
        'ছেলের বউয়ের পাসপোর্ট করতে দিছি, তুই দুই বছর পরে দেশে আসলে তখন দেখা যাবে',
    ], [], 'doc.document_held_on_condition'),
    'passport_validity_years': ('mn.age_record_changed_wide', [
        'amar passport renew korlam, 10 bochor er e-passport, notun number pelam',
        'আব্বার ১০ বছরের পাসপোর্ট হইছে, নতুন নম্বর পাইছি',
    ], [
        'meyer boyos 14, notun birth certificate banate hobe, 15 bochor dekhay',
    ], 'mn.age_record_changed_wide'),
    'bank_over_hundi': ('pay.hundi', [
        'hundi wala riyal e beshi dey, kintu ami bank diyei pathabo, rate kom holeo',
        'the hundi man gives more per riyal but I said bank only, even if the rate is less',
        'হুন্ডিতে রিয়ালের রেট বেশি, তবু ব্যাংকেই পাঠাবো, রেট কম হলেও',
    ], [
        'hundi te pathale riyal e rate beshi',
        'send through hundi, better rate than bank',
        'হুন্ডিতে টাকা পাঠান, রেট বেশি',
    ], 'pay.hundi'),
    'hundi_risk_warned': ('thr.conditional_harm', [
        'hundi te pathaile taka jhukite thake, desh er o khoti, bank e pathan',
        'হুন্ডিতে পাঠাইলে টাকা মারা যাওয়ার ঝুঁকি, দেশেরও ক্ষতি',
        'if you send by hundi you risk losing it all, use the bank',
    ], [
        'police er kache gele jail e dhukaye dibo',
    ], 'thr.conditional_harm'),
}


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[1]))
def test_innocent_family_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[2]))
def test_true_family_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
