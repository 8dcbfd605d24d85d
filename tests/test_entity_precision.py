"""Entity precision: no phone number invented from pieces of longer tokens (issue 15, item 6)."""

from __future__ import annotations

import pytest

from evidtriage.indicators.entities import extract_entities


def phones(text):
    return [e.value for e in extract_entities(text) if e.type == "phone"]


@pytest.mark.parametrize("text", [
    "Photo: https://scontent.fdac5-1.fna.fbcdn.net/v/t39.30808-6/149897_662218197_949099264565191_n.jpg",
    "photos/149897_662218197.jpg",
    "Log 2026-05-18 17:52:05.167690 sync done",
    "id 4f3a01712345678ab",
    "IMG-20260518-WA0012.jpg",
    "TrxID 8AB3CD7EF1 at 18/05/2026 12:19",  # "1 at 18/05/2026": a date, not a spelled number
    "see v/01712345678 ok",
    "ref 9988017123456789901 ok",  # a longer run of digits
    "order 123401712345678",
    "deadbeef01712345678cafe",  # hex
    "0x01712345678",
    "2026-05-18T17:52:05.01712345678Z",  # a timestamp's fraction
    "IMG_20240112_01712345678.jpg",  # a file name
    "https://example.com/u?v=01712345678",  # a URL's query
    "price 1500.01712345678",
    "credited to your A/C **7713 from AL RAJHI BANK, KSA on 05-12-2026. Avl Bal BDT 52,318.00",  # a date
    "on 05.12.2026 at the embassy",
    "due 5-12-2026",
])
def test_no_phone_from_urls_file_names_timestamps_hex_or_dates(text):
    assert phones(text) == []


@pytest.mark.parametrize("text,expected", [
    ("call 01712345678.", ["+8801712345678"]),
    ("call 01712345678/01812345678", ["+8801712345678", "+8801812345678"]),
    ("Log 17:52:05.167690 then call 01712345678", ["+8801712345678"]),
    ("+880 1712-345678", ["+8801712345678"]),
    ("০১৭১২-৩৪৫৬৭৮", ["+8801712345678"]),
    ("call zero one seven one two three four five six seven eight", ["+8801712345678"]),
    ("01seven12345678", ["+8801712345678"]),
    ("+966 512 345678", ["+966512345678"]),
    ("tel:01712345678", ["+8801712345678"]),  # a dialling link
    ("(01712345678)", ["+8801712345678"]),
    ("call me @ 01712345678", ["+8801712345678"]),
    # written to slip past scrapers: emoji keycap digits, and number words in dashed groups
    ("call 0\ufe0f\u20e31\ufe0f\u20e37\ufe0f\u20e3 4 5 6 - 9 2 8 3 1 telegram only", ["+8801745692831"]),
    ("call dio: zero one nine seven two - three four five - six seven eight", ["+8801972345678"]),
])
def test_standalone_numbers_are_still_found(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text,kind,value", [
    ("follow my page on insta @marvel.rainyy", "instagram", "@marvel.rainyy"),  # dotted, whole
    ("telegram e knock @rina_jobs", "telegram", "@rina_jobs"),
    ("@gulf.visa.bd", "handle", "@gulf.visa.bd"),  # no platform named: not called telegram
    ("https://t.me/easy_work_bd", "telegram", "@easy_work_bd"),
    ("instagram.com/dream.job.24", "instagram", "@dream.job.24"),
    ("x.com/some_user", "x", "@some_user"),
])
def test_handles_are_typed_by_their_context_and_kept_whole(text, kind, value):
    found = [(e.type, e.value) for e in extract_entities(text) if e.type in ("telegram", "instagram", "x", "tiktok", "handle")]
    assert found == [(kind, value)]


@pytest.mark.parametrize("text,kind,value", [
    ("my passport number E01234567", "bd_passport", "E01234567"),  # e-passport: one letter, eight digits
    ("আমার পাসপোর্ট নম্বর B05631574, ফরমটা পূরণ করো।", "bd_passport", "B05631574"),
    ("passport AB1234567", "bd_passport", "AB1234567"),
    ("জাতীয় পরিচয়পত্র নম্বর: 19901234567890123", "bd_nid", "19901234567890123"),
    ("এনআইডি ১৯৯০১২৩৪৫৬৭৮৯", "bd_nid", "1990123456789"),
    ("NID copy o lagbe, number-ta holo 4621938570", "bd_nid", "4621938570"),  # a few words after its label
    ("NID er copy ta pathaiyo, ager card e number chilo 19952693150000431 oita", "bd_nid", "19952693150000431"),
    ("passportgula sob office e jama rakhse, amar ta EB0547812", "bd_passport", "EB0547812"),
    # the word as people write it, and the number before it
    ("pp no AB1234567 ta pathao", "bd_passport", "AB1234567"),
    ("ppt A12345678 jama ache boss er kache", "bd_passport", "A12345678"),
    ("pass port no A01234567", "bd_passport", "A01234567"),
    ("paspot er number C01928374 likhe dao", "bd_passport", "C01928374"),
    ("A01234567 passport ta boss er kache", "bd_passport", "A01234567"),
])
def test_e_passports_and_labelled_nids(text, kind, value):
    assert (kind, value) in [(e.type, e.value) for e in extract_entities(text)]


def test_a_handle_takes_the_platform_named_nearest_to_it():
    text = "follow @dream.jobs on insta for photos, and join our telegram channel @saudi_work_bd for visas"
    assert [(e.type, e.value) for e in extract_entities(text) if e.value.startswith("@")] == [
        ("instagram", "@dream.jobs"), ("telegram", "@saudi_work_bd")]


@pytest.mark.parametrize("text,kind", [
    ("amader channel e sob update: @kaj_khobor_bd", "telegram"),
    ("নতুন ছবি @lal_golap_22 চ্যানেলে দিমু", "telegram"),
    ("Join: @probashi_help_desk for daily tips", "telegram"),
    ("complaint korte hole @ovijog_bot e likhun", "telegram"),  # a bot's name ends "_bot"
    ("join our whatsapp group, admin @kaj_khobor_bd", "handle"),  # a group elsewhere
    ("follow @kaj.khobor and join the group", "handle"),  # both idioms: no guess
    ("message @kaj_khobor_bd for details", "handle"),  # writers split these
    ("ask @abbot about it", "handle"),  # ends in "bot", no "_bot": a name
])
def test_a_handle_with_no_platform_named_is_typed_by_the_telegram_idiom(text, kind):
    assert [e.type for e in extract_entities(text) if e.value.startswith("@")] == [kind]


def test_a_nid_label_does_not_take_part_of_a_longer_number_or_a_far_one():
    assert not [e for e in extract_entities("NID er photocopy dilam, ar ei 01712345678 e phone diyo")
                if e.type == "bd_nid"]  # 10 of a phone's 11 digits
    assert not [e for e in extract_entities("NID card ta harai gese, onek khujlam kintu paini. 4621938570")
                if e.type == "bd_nid"]  # ten digits more than 30 characters on


@pytest.mark.parametrize("text,expected", [
    ("তাই রুমমেটের সৌদি নম্বর থেইকা দিলাম: ০৫৫৮৩২১৯০৭", "+966558321907"),
    ("amar saudia number 055 832 1907, imo te dio", "+966558321907"),
    ("New girls at the Deira apartment. Booking only through my agent, text 050 123 4567", "+971501234567"),
    ("Jordan e factory te achi, ekhaner number 0791234567", "+962791234567"),
    ("kuala lumpur er number ta 012-345 6789", "+60123456789"),
    ("call 0501234567, I am in Dubai now", "+971501234567"),  # the country named just after
    ("London e care home er manager er number 07911 123456, ok?", "+447911123456"),
    ("the solicitor's office in London: 020 7946 0321", "+442079460321"),  # a fixed line of ten digits
    ("korea te amar number 010-2345-6789", "+821023456789"),
])
def test_a_local_number_takes_the_country_named_next_to_it(text, expected):
    assert phones(text) == [expected]


@pytest.mark.parametrize("text", [
    "call 0558321907",  # no country named: not guessed
    "Saudi te jabo. " + "x" * 420 + " 0558321907",  # the country too far off (past the 400 of a lone country)
    "Saudi te jabo, pore Dubai. " + "x" * 120 + " 0558321907",  # past 100, and two countries: no guess
    "Dubai visa file no 0123456789",  # not a mobile number there
    "Saudi 2026-05-18 0558321907.jpg",  # not standalone
    "London visa file ref 01632 96",  # too short for a number there
])
def test_a_local_number_without_its_country_near_is_not_guessed(text):
    assert phones(text) == []


@pytest.mark.parametrize("text,expected", [
    ("School girls new stock, Kolkata. call Raju 98310 46275", ["+919831046275"]),
    ("মেয়েরা বেনাপোল দিয়ে যাবে, মাসিকে ফোন দিও 9007 312 846", ["+919007312846"]),  # a number to call
    ("কলকাতার দিদির নম্বর ৯৮৩১০ ৪৬২৭৫", ["+919831046275"]),  # Bengali digits, India's city named
    ("mumbai te kaj, salary 25000, 9876543210", ["+919876543210"]),
    ("Kolkata te chilam. " + "x" * 120 + " 9876543210", []),  # India named, but not near
    ("order 9831046275 delivered", []),  # the shape, with no India and nothing to call: not guessed
    ("bkash e 9831046275 taka pathaisi", []),
    ("phone korish. invoice er amount due 9831046275", []),  # a word to call, but sentences before
    ("call 0558321907", []),  # India's shape only: a leading 0 still needs its country named
    ("ticket number 9876543210 confirm hoise", []),  # a "number" that is not one to call
])
def test_an_indian_mobile_without_its_code_needs_india_named_or_a_number_to_call(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Manolada te kapo Stavros, call 6972 554 018", ["+306972554018"]),  # Greece named: its mobile
    ("এথেন্সে রুম খালি আছে, নম্বর ৬৯৪৫ ২১০ ৩৩৭", ["+306945210337"]),
    ("room in Kypseli, 200 each, message 6945 210 337", []),  # Greece's shape, no country named: no guess
    ("call Stavros 6972 554 018", []),  # a word to call says nothing of the country: not India's
    ("Kolkata te didi, number 6290 112 345", ["+916290112345"]),  # India named: India's 62...
    ("call didi 6290 112 345", ["+916290112345"]),  # not Greece's shape: a word to call is enough
    ("don't call +52 1 998 204 3316 they check it", []),  # the tail of a longer number is no Indian mobile
    ("ammu r number 01 7 2 9 8 6 4 0 3 5 1", []),
])
def test_a_greek_mobile_is_read_only_where_greece_is_named_and_never_as_indias(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("new guy joined our yard, his number 8926 4417", ["+6589264417"]),
    ("সিঙ্গাপুর থিকা ডলার ব্যাংকে পাঠাইস না। আলম ভাইয়ের দোকানে হাতে দিবি, নম্বর ৮৮২৩ ৪৫১৯", ["+6588234519"]),
    ("PayNow te tar wife er number e dite: 91837264", ["+6591837264"]),
    ("order number 98765432 delivered", []),  # a number, but not one to call
    ("roll number 9123 4567, result kal", []),
    ("bkash e 91837264 taka?", []),  # the shape alone: not guessed
])
def test_a_singapore_mobile_without_its_code_needs_singapore_named_or_a_number_to_call(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Whitechapel e shonibar aschi, call dio 07956 221843", ["+447956221843"]),
    ("the broker's friend keeps coming to the house, his number 07511 604228", ["+447511604228"]),
    ("order number 07956 221843 delivered", []),  # a number, but not one to call
    ("07956221843", []),  # the shape alone, with no UK named and nothing to call: not guessed
    ("call 070 1234 5678", []),  # 070: a UK personal number, or a Japanese or Nigerian mobile
])
def test_a_uk_mobile_dialled_as_at_home_needs_the_uk_named_or_a_number_to_call(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("UK helpline 0800 021 7755, free call", ["+448000217755"]),  # the UK's freephone, not Bangladesh's toll-free line
    ("ukil saheb bollo 0800 021 7755 e call dite", ["+8808000217755"]),  # "ukil" (a lawyer) names no country
])
def test_the_uk_named_as_a_whole_word_gives_its_own_freephone(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize("text", [
    "Pune te study visa, bank er jonno tomar NID copy lagbe, 6724193580 eta na?",
    "I got the scholarship to study in Pune! need your NID copy for the bank statement, it's 6724193580 right?",
    "কলকাতা থেকে টাকা আসবে, এজেন্টের সিম ওর চাচার এনআইডি ৮২৩৫৬১৯০৪৭ দিয়া তোলা",
])
def test_a_smart_nids_ten_digits_are_not_read_as_an_indian_mobile(text):
    assert phones(text) == []


@pytest.mark.parametrize("text,expected", [
    ("construction job in Selangor, their office 03-2148 7720 just says wait", ["+60321487720"]),
    ("construction job in Selangor, file 0321487720", []),  # nine digits in one run: a file's number
])
def test_a_shorter_landline_is_taken_only_in_a_phones_groups(text, expected):
    assert phones(text) == expected


def test_a_home_number_near_a_countrys_name_stays_home():
    assert phones("dubai theke bolchi, amar deshi number 01712345678") == ["+8801712345678"]


@pytest.mark.parametrize("text", [
    "passport e 1234567 taka lagbe",  # a romanised postposition before an amount is no passport
    "happy birthday A01234567",  # the shape with no passport word near
    "password A01234567 diye login koro",
    "A01234567 order number, delivery kal, passport er kotha porer mase bolbo",  # the word too far after
])
def test_a_passport_number_needs_its_word_near_and_its_own_shape(text):
    assert not [e for e in extract_entities(text) if e.type == "bd_passport"]


@pytest.mark.parametrize("text,expected", [
    ("Passport nos. BW4418207 and BW4418236 ready for collection", ["BW4418207", "BW4418236"]),
    ("passport number A01234567, A07654321 ar B01234567 jama dise", ["A01234567", "A07654321", "B01234567"]),
    ("passport A01234567. meeting room B2 at 10", ["A01234567"]),  # a sentence on is no list
    # a list that ends just before the word: each number of it, not only the first
    ("Ref: BW0827341, BX1190456, EB0347712. Passports not collected in 30 days will be returned",
     ["BW0827341", "BX1190456", "EB0347712"]),
    ("A01234567, B07654321 passport duita boss er kache", ["A01234567", "B07654321"]),
])
def test_passports_listed_after_their_label_are_each_taken(text, expected):
    assert [e.value for e in extract_entities(text) if e.type == "bd_passport"] == expected


@pytest.mark.parametrize("text,expected", [
    # a family's passports, each after its owner's name: the second is of the first one's series
    ("আব্বার পাসপোর্ট নং EB0456712, আম্মার EB0456713। এজেন্সি কপি চাইছে", ["EB0456712", "EB0456713"]),
    ("passport no: mine A01234567 ... my brother's one is A07654321 (same office)", ["A01234567", "A07654321"]),
    # another series in the same message is not taken on the first one's word
    ("passport EB0456712. parcel code X12345678 from the courier", ["EB0456712"]),
    # a sentence or two between the word and the number, on one line
    ("আমাদের পাসপোর্ট আর রেসিডেন্স কার্ড মালিকের আলমারিতে তালা মারা। বাইরে যাইতে দেয় না, শহরে গেলে ওর "
     "গাড়িতে ওর লোকের সাথে। আমারটা A03318472", ["A03318472"]),
])
def test_passports_of_one_series_and_further_from_the_word(text, expected):
    assert sorted({e.value for e in extract_entities(text) if e.type == "bd_passport"}) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sardar keeps all our NID cards and the kids' birth certificates in his trunk, says it's for the "
     "register. Mine is 7812049365. My wife asked for hers", ["7812049365"]),
    ("এনআইডি কার্ড সব সর্দারের বাক্সে তালা দেওয়া, রেজিস্টারের জন্য নাকি। আমারটা ৭৮১২০৪৯৩৬৫", ["7812049365"]),
    ("NID card gula malik er kache, amar ta 7812049365, bouer ta jani na", ["7812049365"]),
    ("NID er kotha bad de, mine is 5 lakh taka loan", []),  # no number of an NID's length
])
def test_the_writers_own_nid_among_the_labelled_cards_is_taken(text, expected):
    assert [e.value for e in extract_entities(text) if e.type == "bd_nid"] == expected


@pytest.mark.parametrize("text,expected", [
    ("goru kinlam, 52 hajar bkash e dilam bepari ke. trx NT2E9CZ4LW", ["NT2E9CZ4LW"]),
    ("Nagad payment done txn: 7HK2M9Q4PA", ["7HK2M9Q4PA"]),
    ("TrxID 8N7A6D5EHK", ["8N7A6D5EHK"]),
    ("trx complete hoise, receipt pathaisi", []),  # a bare "trx" before a word is no id
    ("trx failed, abar try korbo tomorrow", []),
])
def test_a_transaction_id_after_a_bare_trx_holds_a_digit(text, expected):
    assert [e.value for e in extract_entities(text) if e.type == "mfs_transaction"] == expected


@pytest.mark.parametrize("text,expected", [
    ("Ammi, amar NID er scan ta pathao, consulate e renewal form e lage. Number ta 5820394716 na?", ["5820394716"]),
    ("আমার এনআইডি কার্ড হারাইছে। জিডি করতে লাগবে, নম্বর হলো ৫৮২০৩৯৪৭১৬", ["5820394716"]),
    ("They asked for my NID card at the gate. The number is 5820394716, check it", ["5820394716"]),
    # another thing's number named on the way is not the card's
    ("NID lagbe na, form e shudhu bKash er number 1712345678 diben", []),
    ("NID card pathan. Roll number 5820394716", []),
    ("NID er copy pathao. Amar phone number: 1712345678", []),
])
def test_a_nids_number_given_a_sentence_on_and_no_other_things(text, expected):
    assert [e.value for e in extract_entities(text) if e.type == "bd_nid"] == expected


@pytest.mark.parametrize("text,expected", [
    ("আম্মা, নগদে ৫ হাজার দিলাম, লেনদেন নম্বর 7XKQ2M4P। ওষুধ কিনো", ["7XKQ2M4P"]),
    ("Nagad e 5000 dilam, transaction no: 8AB3K29QPL", ["8AB3K29QPL"]),
    ("bkash korsi, lenden id 71QZ3PKE4M", ["71QZ3PKE4M"]),
    ("transaction no problem, all good", []),
    # a mobile's eleven digits after the label are the account paid, not an id
    ("bKash TrxID 01712345678", []),
    ("transaction number 01712345678 e call den", []),
])
def test_transaction_ids_after_the_labels_the_apps_print(text, expected):
    assert [e.value for e in extract_entities(text) if e.type == "mfs_transaction"] == expected


@pytest.mark.parametrize("text,kind,value", [
    ("Telegram e amader group ache, shob notice share hoy, join koro @mohila_kormi_bd", "telegram",
     "@mohila_kormi_bd"),  # the platform's word is cut by the window's edge: read whole
    ("booking only on tele @kl_night_roses", "telegram", "@kl_night_roses"),
    ("new reel up on @dhaka_street_eats, our biryani tour", "instagram", "@dhaka_street_eats"),
    ("follow my reels @rafiq.in.riyadh", "instagram", "@rafiq.in.riyadh"),
])
def test_handles_typed_by_more_of_their_context(text, kind, value):
    assert (kind, value) in {(e.type, e.value) for e in extract_entities(text)}


@pytest.mark.parametrize("text,kind,value", [
    ("the page that hired her was glam_parlour_amman on insta", "instagram", "@glam_parlour_amman"),
    ("ig: rupa.official pls follow", "instagram", "@rupa.official"),
    ("telegram id - job_bd24, oikhane join koren", "telegram", "@job_bd24"),
])
def test_a_handle_written_without_its_at_beside_its_platform(text, kind, value):
    assert (kind, value) in {(e.type, e.value) for e in extract_entities(text)}


@pytest.mark.parametrize("text", [
    "see me on insta tonight", "insta: follow korben", "find us on telegram", "my ig: sadia",
    "mail rupa.official@gmail.com on insta", "www.jobs.com/bd_24 on insta",
])
def test_no_handle_from_a_plain_word_a_mail_or_a_link(text):
    assert not [e for e in extract_entities(text) if e.type in ("instagram", "telegram", "handle")]


@pytest.mark.parametrize("text,expected", [
    ("Tk 2,000.00 received from 01683-550914-2. TxnId 4419720536", "+8801683550914"),
    ("taka Rocket e dibi 01868-732415-9 e, aj raate", "+8801868732415"),
    ("Tk 3,000.00 sent to 01675229184-2 successful", "+8801675229184"),
])
def test_a_rocket_account_gives_its_mobile_number(text, expected):
    assert phones(text) == [expected]


@pytest.mark.parametrize("text", [
    "ref 01683-550914-22 ok",  # two digits after: not a Rocket account
    "01683-550914-2b",
])
def test_no_mobile_from_a_longer_token_ending_like_an_account(text):
    assert phones(text) == []


def test_transaction_ids_listed_after_a_plural_label():
    ids = [e.value for e in extract_entities("Sent him the list with TrxIDs BK82HQ4M7Z, BK82HS0R1T and the rest")
           if e.type == "mfs_transaction"]
    assert ids == ["BK82HQ4M7Z", "BK82HS0R1T"]
    listed = extract_entities("TrxID 8AB3CD7EF1, 01712345678 is my bKash")
    assert [e.value for e in listed if e.type == "mfs_transaction"] == ["8AB3CD7EF1"]
    assert "+8801712345678" in [e.value for e in listed if e.type == "phone"]


def test_a_uk_number_beside_a_uk_city_is_not_read_as_a_bangladeshi_line():
    assert phones("moving to Leeds, text me 07458 213 906") == ["+447458213906"]
