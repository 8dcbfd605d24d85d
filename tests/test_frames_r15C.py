"""Round 15 of issue 15, part C: scenes of control and threats, tested as grids.

The held-out sets of round 14 (dev80 to dev87: a district employment officer, an organiser of workers
in Malaysia and Singapore, a safe-house caseworker in Riyadh and Jeddah, a researcher on UK care and
student visas, a community mobiliser in Dhaka's slums, a mobile-money fraud investigator, an NGO worker
at the western border, a tribunal prosecutor) missed control and threats mostly with no hit at all.
Each scene below was written first as a family in the three scripts and their registers (the concepts
of the block "round 15, part C" of ``rules/shared.lexicon.yaml`` and the regexes of the rules named),
with the scenes beside it (the deputy's order, the held worker's report, the relative's account) and
its innocent twins. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. MOVED AT NIGHT, NOT KNOWING WHERE (iso.moved_between_places): moved a counted number of times or
# brought to another house, with the night, a closed van, a blindfold or the place's name unknown

MOVED = {
    "en": ["they moved us 4 times this month, always at night, we don't know the name of this place",
           "She was moved to another flat in a closed van and she cannot tell the name of the area",
           "they shifted the girls five times, we dont even know which city this is",
           "brought me here blindfolded, I do not know the name of this town"],
    "bn": ["৩ বার বাসা বদলাইছে রাতে, কোথায় আছি জানি না",
           "আমারে অন্য বাসায় নিয়া আসছে চোখ বাইন্ধা, ঠিকানা জানি না",
           "কয়েক বার বাসা বদলাইছে, এলাকার নাম জানি না"],
    "bn-Latn": ["ora amake onno basay niye ashche rate, thikana jani na",
                "rat e 3 bar jayga bodlaise, kon shohor bujhi na",
                "koyek bar flat change korse, jaygar nam bolte parbo na"],
}
MOVED_OK = [
    "we moved house 3 times as kids, dont know the name of this area lol where is good biryani",
    "we don't know this area, any good restaurant near the station?",
    "notun basay uthsi, thikana ta pathacchi",
    "আমরা নতুন বাসায় উঠছি, ঠিকানা পাঠাইতেছি",
]


def test_moved_grid(matcher):
    check_rule_grid(matcher, flat(MOVED), MOVED_OK, "iso.moved_between_places")


# --- 2. THE PHONE RATIONED TO A DAY OR MINUTES (doc.phone_confiscated): given back only on Friday, once a
# week or for ten minutes, by the one in control; not a parent's, a hostel's or an exam's rule

RATION = {
    "en": ["he gives phone only friday evening for 10 minutes",
           "supervisor gives us our phones only on friday",
           "madam lets me use my mobile once a week, 5 min"],
    "bn": ["মালিক মোবাইল রাইখা দেয়, শুক্রবারে ১০ মিনিট দেয়",
           "ফোন শুধু শুক্রবার দেয়, ম্যাডাম পাশে বইসা থাকে"],
    "bn-Latn": ["madam mobile shudhu shukrobar dey, 10 minute",
                "malik phone ta rakhe, shukrobar e 5 minute er jonno dey"],
}
RATION_OK = [
    "ammu phone shudhu shukrobar dey, porikkha samne",
    "hostel e phone only on friday, strict rules lol",
    "আম্মু মোবাইল শুধু শুক্রবার দেয়, পরীক্ষা চলতেছে",
    "my mom gives me the phone only on weekends for 1 hour",
]


def test_ration_grid(matcher):
    check_rule_grid(matcher, flat(RATION), RATION_OK, "doc.phone_confiscated")


# --- 3. THE KEEPER'S PRETEXT, ONLY A COPY, ASKING TO SEE ONE'S OWN (doc.papers_out_of_reach): kept "for
# safety", "so you don't lose it", by the one in control or "we"; the worker holds only a photocopy; she must
# ask to see her own passport. Not the owner's own locker, a mother's keeping, a copy an office needs

PAPERS = {
    "en": ["the agent said give passport to him, he will keep it for safety until the iqama comes",
           "sponsor keeps our BRP in his office for safety, we get only a copy",
           "boss keeps everyone's ATM card for safety and gives cash on friday",
           "the company keeps our work permits, we only get a photocopy",
           "if i want to see my passport i have to ask the supervisor"],
    "bn": ["কোম্পানি পাসপোর্ট রাইখা দিছে, কয় হারাই ফেলবা",
           "পারমিট কার্ড মালিকের কাছে, আমরা পাই শুধু ফটোকপি"],
    "bn-Latn": ["malik passport rekhe dise, bole harai jabe",
                "madam koy tumi harai felba, tai passport uni rakhben",
                "permit card ta boss er kache, amra pai shudhu photocopy",
                "passport dekhte chaile madam er kache chaite hoy"],
}
PAPERS_OK = [
    "ammu passport ta rekhe dise, bole harai felbi",
    "I keep my passport in my locker for safety",
    "keep your passport safe, you might lose it at the airport",
    "embassy te passport er shudhu photocopy lagbe, original na",
    "for the form only a copy of the passport is needed",
    "my passport stays with me, the company has only a copy of it",
    "agency te gelam, passport rakhe nai, shudhu photocopy nilo",
    "পাসপোর্ট নিজের কাছেই, কোম্পানি শুধু ফটোকপি রাখছে",
]


def test_papers_grid(matcher):
    check_rule_grid(matcher, flat(PAPERS), PAPERS_OK, "doc.papers_out_of_reach")


# --- 4. THE GROOMER'S SECRECY (iso.secrecy): home not to be told, or her report that she was told not to
# tell, with the cover of where she is or the crossing after which she may call; the chat deleted with the
# cover. Not a birthday's surprise, nor a sibling's embarrassment

SECRET = {
    "en": ["dont tell ur mom about us ok. if anyone asks say ur at ur friend's place",
           "he told me not to tell anyone at home, after we cross the border i can call them",
           "delete our chat every night and say you are at tuition"],
    "bn": ["বাসায় কিছু বলবি না, কেউ জিগাইলে কইবি বান্ধবীর বাসায় আছিস",
           "বাসায় জানাইতে মানা করছে, কয় পার হইলেই ফোন দিবা"],
    "bn-Latn": ["basay kichu bolbi na, keu jiggesh korle bolbi bandhobir basay",
                "ammu ke bolba na, border par hoile call dio"],
}
SECRET_OK = [
    "dont tell mom, its a surprise for her birthday, say ur at ur friend's place",
    "dont tell ammu i failed the test pls",
    "delete the chat pls, so embarrassing lol",
]


def test_secret_grid(matcher):
    check_rule_grid(matcher, flat(SECRET), SECRET_OK, "iso.secrecy")


# --- 5. THE VEILED THREAT TO FAMILY (thr.knows_whereabouts): the house known or the kin who lives alone,
# with obedience as the price of her safety or boys to be sent

KNOWS = {
    "en": ["Your mother lives alone in Mirpur. Do what we say and she stays safe",
           "we know the house, dont make me send boys there",
           "i know the house, nothing will happen to her as long as you pay"],
    "bn": ["তোর মা একা থাকে, যা কই তাই কর, নাইলে পোলাপান পাঠামু"],
    "bn-Latn": ["tor ma eka thake na? ja boli tai kor",
                "barir rasta chini, kotha moto chol"],
}
KNOWS_OK = [
    "we know the house, we will come for dinner on friday, dont worry",
    "my mother lives alone in Mirpur, I visit her every week",
    "stay safe everyone, the storm is coming",
]


def test_knows_grid(matcher):
    check_rule_grid(matcher, flat(KNOWS), KNOWS_OK, "thr.knows_whereabouts")


# --- 6. THE AUTHORITY TOLD, THE WORKER'S STATUS AS THE LEVER (thr.police_deport)

AUTHORITY = {
    "en": ["I'll tell the Home Office you were working more hours than the visa allows",
           "he will report us absent if we complain",
           "we'll tell immigration she is overstaying"],
    "bn": ["বেশি কথা কইলে পুলিশে ধরায়া দিমু"],
    "bn-Latn": ["case tullei BMET e blacklist korabo", "beshi bujhle police e dhoraiya dimu"],
}
AUTHORITY_OK = [
    "you can report to the Home Office if your sponsor asks for money",
    "the BMET office will check the blacklist of agencies next week",
]


def test_authority_grid(matcher):
    check_rule_grid(matcher, flat(AUTHORITY), AUTHORITY_OK, "thr.police_deport")


# --- 7. PAY OR HE IS SOLD (thr.sold): the sale in the future, of a person; not a car or a cow

SOLD = {
    "en": ["Pay 50k by monday or we sell him to the other side",
           "if the money doesnt come she will be sold"],
    "bn": ["টাকা না দিলে ওরে বেইচা দিমু"],
    "bn-Latn": ["tor meye re beiche dimu opare"],
}
SOLD_OK = ["we sell him the car next week", "goru ta beche dibo haate", "we will sell the old bike to him"]


def test_sold_grid(matcher):
    check_rule_grid(matcher, flat(SOLD), SOLD_OK, "thr.sold")


# --- 8. A RELATIVE NEVER SEEN AGAIN, "NAILE" (thr.kin_taken)

KIN = {
    "bn-Latn": ["taka ready rakh, naile tor meye ke ar kono din dekhbi na",
                "kal er moddhe 2 lakh, naile tor bhai re ar jibone o paben na"],
    "bn": ["টাকা না দিলে তোর বোনরে আর কোনোদিন দেখবি না"],
    "en": ["pay by tonight or you will never see your son again"],
}
KIN_OK = ["naile ami kal ashbo, tor meye ke dekhte", "I will never see her again, she moved to Canada, so sad"]


def test_kin_grid(matcher):
    check_rule_grid(matcher, flat(KIN), KIN_OK, "thr.kin_taken")


# --- 9. IMAGES TO THE VILLAGE, OR "REMEMBER WE HAVE YOUR PHOTOS" (thr.images_to_kin)

IMAGES = {
    "bn-Latn": ["beton chaile tor video internet e chere dibo, gramer shobai dekhbe",
                "tor video amar kache ache, mone rakhis"],
    "en": ["unless you come tonight your pics go to your dad",
           "work the 8 hours and remember we have your videos"],
    "bn": ["তোর ভিডিও আমার কাছে আছে, মনে রাখিস"],
}
IMAGES_OK = ["remember we have your photos from the wedding, I'll send them tomorrow",
             "tor birthday r video amar kache ache, mone rakhis pathabo",
             "keu pic chaile amake dekhabi, ammu ke o bolbi",
             "If anyone threatens to share your pics, come to the centre, we won't tell your family"]


def test_images_grid(matcher):
    check_rule_grid(matcher, flat(IMAGES), IMAGES_OK, "thr.images_to_kin")


# --- 10. GOING OUT LOGGED, A LATE RETURN FINED, EVEN THE MOSQUE ON LEAVE (iso.out_only_with_leave): two of them

OUTLOG = {
    "bn-Latn": ["bahire gele supervisor ke likhe dite hoy koi jabe koto tay firbe, time er por firle fine",
                "mosjid e jaite o permission lage, deri kore firle 20 ringgit kete ney"],
    "en": ["we must sign out at the gate and tell the supervisor where we go, come back late = fine 50",
           "even to go for jummah prayer we need permission, and if we come back late they cut"],
    "bn": ["বাইরে গেলে লিখে দিতে হয় কই যাবো কয়টায় ফিরবো, দেরি করে ফিরলে জরিমানা"],
}
OUTLOG_OK = ["hostel e late firle fine, warden khub strict",
             "can i get permission to leave early for jummah today sir?",
             "sign out of the app and come back later"]


def test_outlog_grid(matcher):
    check_rule_grid(matcher, flat(OUTLOG), OUTLOG_OK, "iso.out_only_with_leave")


def test_one_slot_alone_does_not_fire(matcher):
    assert_not_fired(matcher, ["time er por firle fine", "sign out at the gate"], "iso.out_only_with_leave")
    assert_not_fired(matcher, ["dont tell ur mom", "say ur at ur friend's place"], "iso.secrecy")
    assert_not_fired(matcher, ["we know the house", "do what boss says"], "thr.knows_whereabouts")
