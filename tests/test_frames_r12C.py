"""Round 12 of issue 15, part C: scenes of control and threats, tested as grids.

The held-out sets of round 11 (dev62 to dev65: a protection volunteer in the Rohingya camps, the
coordinator of a group of women domestic workers in the Gulf, a border committee member, a fraud
investigator of the Russia, Cambodia and Korea schemes) missed control and threats mostly with no hit
at all. Each scene below was written first as a family in the three scripts (the concepts of the block
"round 12, part C" of ``rules/shared.lexicon.yaml``) and joined to a rule; none of these phrasings is a
dev set's sentence. Every one must reach the review line by the rule named, and its innocent twins
(a phone's storage, a surprise, a shop's camera, a hostel's warden, the cat at the door, a night bus,
a passport at the passport office, a theft reported, a lift to school) must not fire the rule.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. TRACES WIPED BEFORE THE JOURNEY (iso.departure_secrecy) -----------------------------------

WIPE = {
    "en": ["clear the chat tonight and switch off your sim at the station, come alone",
           "she told me to delete our messages and throw away my sim, i will give you a new sim in Dhaka",
           "delete fb and imo before the border, nobody should know"],
    "bn": ["মেসেজগুলা মুইছা ফেল, একা আসবি, কাউকে সাথে আনবি না", "ফেসবুক ডিলিট কর, সিম ফেলে দে, নতুন সিম দিমু",
           "সীমান্তে পৌঁছাইলে সিম বন্ধ কর, মায়েরে কইবি না"],
    "bn-Latn": ["msg gula delete kor, sim ta fele, eka aibi station e", "tiktok delete kore notun id khulbi, kauke add korbi na gramer",
                "imo delete kor, kauke na bole bus e uthbi"],
}
WIPE_OK = [
    "delete the chats, my storage is full, i will back up first",
    "fb te hack hoise, id delete kore notun id khulbo",
    "come alone, don't tell your mother, it's her birthday surprise",
    "sim ta off kore rakhsi roaming er jonno",
    "নতুন সিম কিনছি, পুরানটা বন্ধ কইরা দিছি",
]


def test_departure_secrecy_grid(matcher):
    check_rule_grid(matcher, flat(WIPE), WIPE_OK, "iso.departure_secrecy")


def test_departure_secrecy_needs_two_slots(matcher):
    assert_not_fired(matcher, ["delete all our chats", "come alone", "switch off your sim", "eka asbi"], "iso.departure_secrecy")


# --- 2. OVERHEARD (iso.overheard) ----------------------------------------------------------------

HEARD = {
    "en": ["i can't talk now, they listen to every call and the sim is in the boss's name",
           "cant talk now, there is a camera in our room, dont call me back"],
    "bn": ["চুপে চুপে কইতেছি, রুমে ক্যামেরা, সব কল শুনে", "ফোন দিয়েন না, সিম তার নামে, সব কথা শুনে"],
    "bn-Latn": ["call dio na, oder kache shob call record kore, room e camera", "lukiye call dilam, madam shob kotha shune, sim ta oder naam e"],
}
HEARD_OK = [
    "the shop has a camera in the room, i can't talk now, customer waiting",
    "calls are recorded for quality and training, can't talk now",
    "ammu shob call shune, tai kotha bolte parbo na lol",
    "ekhon kotha bolte parbo na, class e",
]


def test_overheard_grid(matcher):
    check_rule_grid(matcher, flat(HEARD), HEARD_OK, "iso.overheard")


# --- 3. OUT ONLY WITH LEAVE, IN PAIRS, A MAN AT THE DOOR (iso.out_only_with_leave, iso.escorted) ---

LEAVE = {
    "en": ["we need permission from the supervisor to go out, even to the market he counts the minutes"],
    "bn": ["গেট দিয়া বাইর হইতে হইলে দারোয়ানরে কইয়া যাইতে হয়, মালিকের অনুমতি লাগে"],
    "bn-Latn": ["majhi r permission lage camp theke bahir hoite", "bazare geleo guard ke bole jaite hoy, gune gune somoy dey"],
}
LEAVE_OK = [
    "hostel e bahir hoite hole warden er permission lage, 9 tar age firte hoy",
    "ammu bole bahir hoite hole bole jabi",
    "অফিসের বাইরে যেতে হলে ম্যানেজারের অনুমতি লাগে, ছুটির দরখাস্ত দিতে হয়",
]
PAIRS = {
    "en": ["no one can go out alone, only in pairs with a guard", "a man sits outside our door all day, we cannot go anywhere"],
    "bn": ["একা কেউ যেতে পারে না, সাথে একজন গার্ড থাকে সবসময়", "দরজার বাইরে বইসা থাকে একটা লোক সারাদিন"],
    "bn-Latn": ["eka keu jaite pare na, sathe ekjon guard", "dalal er lok dorjar baire boisa thake sara din"],
}
PAIRS_OK = ["the cat sits outside the door all day waiting for fish", "eka jabi na raate, bhaiya ke niye jabi"]


def test_out_with_leave_grid(matcher):
    check_rule_grid(matcher, flat(LEAVE), LEAVE_OK, "iso.out_only_with_leave")


def test_pairs_and_door_grid(matcher):
    check_rule_grid(matcher, flat(PAIRS), PAIRS_OK, "iso.escorted")


# --- 4. MOVED AT NIGHT, THE PLACE UNKNOWN (iso.moved_between_places) --------------------------------

WHERE = {
    "en": ["they brought us at night in a van with tinted windows, i don't know which city this is",
           "we were moved at night in a closed van, nobody told us where"],
    "bn": ["রাতে গাড়িতে আনছে, জানালায় কালো গ্লাস, কোন শহরে আছি জানি না"],
    "bn-Latn": ["raate gari te kore anse, kon jaygay achi jani na, janala bondho"],
}
WHERE_OK = [
    "raate bus e ashlam, ghum theke uthe dekhi kon shohor e achi jani na haha",
    "the car has tinted windows, we went to the beach, don't know which city we stopped in",
]


def test_place_unknown_grid(matcher):
    check_rule_grid(matcher, flat(WHERE), WHERE_OK, "iso.moved_between_places")


# --- 5. PAPERS TAKEN ON A PRETEXT (doc.papers_out_of_reach) -----------------------------------------

PRETEXT = {
    "en": ["company took my passport for renewal, it's been a year, every time i ask they say it's at the office",
           "kafeel took our passports to renew the permit, 8 months now, still not back"],
    "bn": ["ইকামা করবে বলে পাসপোর্ট নিয়া গেছে, এক বছর হইয়া গেল"],
    "bn-Latn": ["malik renew korbe bole passport nise, ek bochor hoilo, chaile koy office e"],
}
PRETEXT_OK = [
    "passport renew er jonno passport office e disi, 2 mash hoye gelo, ekhono ashe nai",
    "i sent my passport for renewal, it's been months, the online status says printing",
]


def test_pretext_grid(matcher):
    check_rule_grid(matcher, flat(PRETEXT), PRETEXT_OK, "doc.papers_out_of_reach")


# --- 6. THE PHONE LENT FOR MINUTES (iso.calls_watched) -----------------------------------------------

MINUTES = {
    "en": ["they keep our phones, we get them for 10 minutes a week only"],
    "bn": ["মালিক মোবাইল রাখে, সপ্তাহে দশ মিনিটের জন্য দেয় কথা বলতে"],
    "bn-Latn": ["madam phone niye rakhe, friday te 10 minuter jonno dey"],
}


def test_phone_minutes_grid(matcher):
    check_rule_grid(matcher, flat(MINUTES), ["ami 10 minuter jonno bahire jacchi, phone rekhe gelam"], "iso.calls_watched")


# --- 7. THREATS: A FALSE THEFT, A KIN'S PLACE KNOWN, A KIN CARRIED OFF, A DEVICE -----------------------

THEFT = {
    "en": ["kafeel said if i leave he will tell the police i stole madam's gold",
           "boss threatened to accuse me of stealing if i complain to the embassy"],
    "bn": ["পালাইলে চুরির মামলা দিমু, সারাজীবন জেলে থাকবি"],
    "bn-Latn": ["malik bolse palaile chor banaia dimu, jail e pochbi", "madam koise beshi kotha bolle churir case dibo"],
}
THEFT_OK = ["someone stole my phone, i told the police", "pasher barir chele churir mamlay dhora porse"]

KNOWS = {
    "en": ["if your husband says one word to the police, we know your block"],
    "bn": ["বেশি কথা বললে, তোর মায়ের নম্বর আমার কাছে, বাসা কোথায় জানি"],
    "bn-Latn": ["tor bon er school kothay jani, ar ekta kotha bolle dekhbi"],
}
KNOWS_OK = ["school kothay jani na, address ta pathao", "i know where your school is, i'll pick you up at 3, don't worry"]

CARRIED = {
    "en": ["if you refuse, we will take your sister away from the camp"],
    "bn": ["বিয়া না করলে তোর মায়েরে উঠাইয়া নিয়া যামু"],
    "bn-Latn": ["raji na hoile tor bon re uthaiya niya jamu"],
}
DEVICE = {
    "en": ["they use the shock stick on anyone who sleeps at the desk"],
    "bn": ["কারেন্টের শক দিছে টার্গেট না হওয়ায়"],
    "bn-Latn": ["supervisor taser diye marse amake"],
}


def test_false_theft_grid(matcher):
    check_rule_grid(matcher, flat(THEFT), THEFT_OK, "thr.police_deport")


def test_kin_place_known_grid(matcher):
    check_rule_grid(matcher, flat(KNOWS), KNOWS_OK, "thr.knows_whereabouts")


def test_kin_carried_grid(matcher):
    check_rule_grid(matcher, flat(CARRIED), ["tor bon re uthaiya niya jamu school theke, chinta koris na"], "thr.kin_taken")


def test_device_grid(matcher):
    check_rule_grid(matcher, flat(DEVICE), ["the phone charger gave me a small shock lol"], "thr.violence")


# --- 8. A THREAT TOLD BY THE ONE IT WAS MADE TO IS NOT THE PRESS'S (neg.awareness_news) -----------------

TOLD = [
    "Kafeel told me if I go to the labour court he will report me absconding and the police will put me in jail",
    "they say if we complain to the embassy the guards will beat us, everyone knows",
    "supervisor koise abar jodi high commission e phone dis, raid er somoy tor nam dia dimu",
]


def test_threat_told_not_suppressed(matcher):
    assert_not_fired(matcher, TOLD, "neg.awareness_news")
    assert all(r.score >= matcher.line for r in matcher.match_many(TOLD))


# --- 9. THE EMPLOYER'S ORDERS TO A DEPUTY, THE ONLY PHONE, THE FAMILY'S CALLS ANSWERED ------------------

DEPUTY = {
    "en": ["never let the new girls talk to the shelter people or journalists"],
    "bn": ["ওদের এনজিওর লোকের সাথে কথা কইতে দিবা না, পাসপোর্ট আমার কাছে"],
    "bn-Latn": ["notun pola gula ke union office e jaite dibi na"],
}
DEPUTY_OK = ["don't let the kids go to the union office picnic without a hat"]

ONLY_PHONE = {
    "en": ["only the captain has the satellite phone", "If her family calls, you talk first and give me the phone after"],
    "bn": ["শুধু মাঝির কাছে ফোন থাকে, আমরা কেউ বাড়িতে কথা বলতে পারি না", "বাড়ি থেকে ফোন আসলে আগে আমারে দিবি"],
    "bn-Latn": ["phone shudhu malik er kache, amader kono phone nai", "barir lok phone dile age amake dibi, tui kotha bolbi na"],
}
ONLY_PHONE_OK = ["only the boss has the phone number of the supplier", "if mom calls tell her i'm at the library"]


def test_kept_from_help_deputy_grid(matcher):
    check_rule_grid(matcher, flat(DEPUTY), DEPUTY_OK, "iso.kept_from_help")


def test_only_their_phone_grid(matcher):
    check_rule_grid(matcher, flat(ONLY_PHONE), ONLY_PHONE_OK, "iso.contact_only_through_controller")


# --- 10. OUT BANNED FOR FEAR OF THE POLICE, VIDEO CALLS DENIED, SENT BACK TO THE OFFICE --------------------

POLICE_OUT = {
    "en": ["boss says if we go outside police will catch us because we have no papers"],
    "bn": ["বাইরে গেলে পুলিশ ধরবে, তোর পাসপোর্ট নাই"],
    "bn-Latn": ["bahire ekdom jabi na, ekhane bideshi paile police dhorbe, visa nai tor"],
}
POLICE_OUT_OK = ["baire gele police dhorbe, hartal cholche, ghore thak"]

VIDEO = {
    "en": ["madam says no video calls allowed, i can only send voice to my mother"],
    "bn": ["মালিক ভিডিও কল করতে দেয় না, খালি ভয়েস পাঠাই মায়েরে"],
    "bn-Latn": ["ar bari te video call korbi na, network kharap bolbi"],
}
VIDEO_OK = ["no video calls tonight, my data is finished", "network kharap, kal call dibo"]

OFFICE = {
    "en": ["if you refuse again i will send you back to the office, they know how to fix girls"],
    "bn": ["কাম না করলে অফিসে ফেরত পাঠামু, ওইখানে বুঝবি"],
    "bn-Latn": ["kaj na korle office e ferot pathabo, okhane bujhbi"],
}


def test_out_banned_for_police_grid(matcher):
    check_rule_grid(matcher, flat(POLICE_OUT), POLICE_OUT_OK, "iso.out_only_with_leave")


def test_video_denied_grid(matcher):
    check_rule_grid(matcher, flat(VIDEO), VIDEO_OK, "iso.video_denied")


def test_sent_back_to_office_grid(matcher):
    check_rule_grid(matcher, flat(OFFICE), ["lunch korle office e ferot jabo"], "thr.conditional_harm")
