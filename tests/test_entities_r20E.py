"""Round 20 part E: entity formats the writers of eval/dev used that the extractor missed, and
their near-misses (the same digits in a link, a file name, a timestamp, a longer run; a page named
on Facebook) that must give nothing. Phrasings are this file's own."""

import pytest

from evidtriage.indicators.entities import extract_entities


def _of(text, *kinds):
    return [(e.type, e.value) for e in extract_entities(text) if e.type in kinds]


HANDLES = ("telegram", "instagram", "x", "tiktok", "handle")


@pytest.mark.parametrize("text,value", [
    ("amar bon er mehendi page follow koro @henna.by.mitu", "@henna.by.mitu"),
    ("Please follow @tea_garden_tales for more photos from Srimangal", "@tea_garden_tales"),
    ("আমার রান্নার পেজ @khala_kitchen_ctg ফলো দিও", "@khala_kitchen_ctg"),
    ("notun page khulsi, @saree.ghor.bd", "@saree.ghor.bd"),
])
def test_a_handle_given_with_follow_or_page_is_instagrams(text, value):
    assert _of(text, *HANDLES) == [("instagram", value)]


@pytest.mark.parametrize("text,kind,value", [
    ("follow our facebook page @rangpur.crafts", "handle", "@rangpur.crafts"),  # a Facebook page
    ("ফেসবুক পেজ @amar_dokan_bd এ ফলো করেন", "handle", "@amar_dokan_bd"),
    ("subscribe and follow on youtube @village_cook_bd", "handle", "@village_cook_bd"),
    ("follow korun, telegram e @visa_update_bd", "telegram", "@visa_update_bd"),  # the platform named wins
    ("message @kamal_travels_bd for tickets", "handle", "@kamal_travels_bd"),  # no idiom, no platform
])
def test_the_idiom_gives_way_to_a_platform_named_or_another_site(text, kind, value):
    assert _of(text, *HANDLES) == [(kind, value)]


@pytest.mark.parametrize("text,value", [
    ("NID ta diye sim tulbe, oder kache number ta 5830294716", "5830294716"),
    ("NID number lagbe form e, bari giye card khuje dekhi... pailam 1993261540731", "1993261540731"),
    ("এনআইডি দিয়ে ফর্ম পূরণ করবে, আমার নম্বরটা ৫৮৩০২৯৪৭১৬", "5830294716"),
    ("Your NID please, for the hostel register. The number you gave was 5830294716", "5830294716"),
])
def test_a_nid_a_few_words_after_its_label_when_the_word_number_says_so(text, value):
    assert _of(text, "bd_nid") == [("bd_nid", value)]


@pytest.mark.parametrize("text", [
    "bring passport and NID, for details call +8801923456781",  # a phone's digits after +880
    "bring NID copy. number? call 8801923456781 now",  # a phone written without its +
    "NID lagbe, number dicchi: wa.me/8801923456781",  # a link's digits
    "NID er scan number ta IMG_5830294716.jpg te ache",  # a file name
    "NID upload number log 1733561234.5830294716 done",  # a timestamp's fraction
    "NID number er jonno ei code 58302947160000 diyo",  # a longer run (14 digits)
    "NID card ta harai gese, onek khujlam kintu paini. 5830294716",  # far, and no "number" said
])
def test_no_nid_from_a_phone_a_link_a_file_or_a_longer_run(text):
    assert _of(text, "bd_nid") == []


_FILLER = ("the agent kept the passport and said the visa cost must be paid back from wages over two years, "
           "and the room is shared by six men with one kitchen; ")
_FILLER_BN = "দালাল পাসপোর্ট রেখে দিয়েছে, বলছে ভিসার খরচ দুই বছরের বেতন থেকে কাটবে, এক রুমে ছয়জন থাকি; "
_FILLER_RB = "dalal passport rekhe dise, bole visar khoroch dui bochor er beton theke katbe, ek rume choy jon thaki; "


def _phones(text):
    return [e.value for e in extract_entities(text) if e.type == "phone"]


@pytest.mark.parametrize("text,expected", [
    ("Working for a care agency in the UK? " + _FILLER + "Call the helpline 08000 121 700 any time", ["+448000121700"]),
    ("যুক্তরাজ্যে কাজ করছেন? " + _FILLER_BN + "ফোন করুন ০৭৪৫৮ ২১৩ ৯০৬", ["+447458213906"]),
    ("bhai ami ekhon London e, " + _FILLER_RB + "amar number 07458 213906 e call dio", ["+447458213906"]),
])
def test_a_number_dialled_in_the_one_country_the_message_names_further_off(text, expected):
    assert _phones(text) == expected


@pytest.mark.parametrize("text", [
    "Working for a care agency in the UK? " + _FILLER + "photo IMG_07458213906.jpg attached",  # a file name
    "Working for a care agency in the UK? " + _FILLER + "see https://help.example.org/07458213906/form",  # a link
    "Working for a care agency in the UK? " + _FILLER + "log 10:41:07.07458213906 saved",  # a timestamp's fraction
    "Working for a care agency in the UK? " + _FILLER + "ref 0745821390612 on the form",  # a longer run
])
def test_no_number_of_the_named_country_from_a_file_a_link_a_timestamp_or_a_longer_run(text):
    assert _phones(text) == []


def test_two_countries_named_further_off_give_no_guess():
    text = "From Saudi to the UK: " + _FILLER + "my old line was 07458 213906"
    assert "+447458213906" not in _phones(text)
    # with a word to call just before it, the UK's mobile is taken by its own shape (07, eleven
    # digits: no other country read here dials one so), as India's and Singapore's are (round 29)
    assert "+447458213906" in _phones("From Saudi to the UK: " + _FILLER + "my old number 07458 213906")


@pytest.mark.parametrize("text", [
    "TxnID pathaben, tarpor address dibo",
    "ট্রানজেকশন আইডি পাঠালেই হবে, trxid dile location dibo",
    "send the transaction id tomorrow morning please",
])
def test_no_transaction_id_from_a_word_after_the_label(text):
    assert _of(text, "mfs_transaction") == []


@pytest.mark.parametrize("text,value", [
    ("Cash In Tk 1,500.00 successful. TrxID QWERTYUIOP at 12/11/2026", "QWERTYUIOP"),  # letters only, in capitals
    ("bKash korsi, trxid 7hk2m9q4zp", "7HK2M9Q4ZP"),  # a digit: an id in any case
    ("টাকা পাঠাইছি, ট্রানজেকশন আইডি BX7K2M9Q4Z", "BX7K2M9Q4Z"),
])
def test_a_transaction_id_after_its_label_is_still_found(text, value):
    assert _of(text, "mfs_transaction") == [("mfs_transaction", value)]


@pytest.mark.parametrize("text,kind", [
    ("notun batch er jonno t.me/japan_lang_ctg, or search @japan_lang_ctg", "telegram"),
    ("instagram.com/mehendi.by.ruma — same as @mehendi.by.ruma", "instagram"),
])
def test_an_at_handle_also_given_as_a_link_takes_the_links_platform(text, kind):
    assert {t for t, _ in _of(text, *HANDLES)} == {kind}


def test_a_different_handle_beside_a_link_stays_untyped():
    found = _of("t.me/japan_lang_ctg and ask @rahim_sensei_99", *HANDLES)
    assert ("handle", "@rahim_sensei_99") in found
