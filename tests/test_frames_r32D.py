"""Round 32 of issue 15, part D: recall in recruitment deception.

A crossing abroad sold as safe, direct, quick or sure ("100% safe", "100% success", "no jungle",
"no walking", "boro jahaj", "no detention", "papers the same day") beside a way to reach the seller
(a number, a handle, WhatsApp, imo, inbox) or a price asked, with a country, a border, a visa, asylum
or "the game" named: an open frame in dr.easy_offer_papers_made (routesafe near contact or feeask,
with crossing). Innocent lookalikes: a warning or news retelling the selling line, a ferry, a launch,
a trek or a school trip on a big ship, a bank or a vaccine "100% safe", a licensed agency's notice.
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


RULE = "dr.easy_offer_papers_made"

SAFE_ROUTE_SOLD = [
    "Spain by sea is finished, we go another way: 100% safe, no jungle, no walking. Flight to Minsk then car to the border. WhatsApp +8801722 304 118",
    "Canada line open now, 100% success, papers the same day at the border. Telegram @north_line_rafi",
    "Big ship to Crete, cabins with beds, no risk. Seats for this month only, call 01913-662704",
    "Guaranteed crossing into Austria, no detention, no jail. Inbox me for the price",
    "Australia by boat, big ship, 100% safe, 3 days only. Contact imo 01844 219 330",
    "Japan through Korea, safe line, no walking, everything by car. 6 lakh with 2 lakh advance",
    "Germany direct border cross from Czech side, 100% pass, my 50 people reached. WhatsApp wa.me/8801559330177",
    "Spain e jaben? 100% safe line, kono jongol nai, hata lagbe na. Telegram e knock: @spain_line_kabir",
    "Canada border direct, 100% success, asylum amader lawyer korbe. Imo 01788-440216",
    "Boro jahaj e Cyprus, kono risk nai, 4 din e pouchabo. Call koren 01645 908 227",
    "Australia game full safe, boro jahaj, khana pani sob ase. 5 lakh dile seat confirm, with 2 lakh advance",
    "Romania theke Austria border, hata lagbe na, gari te gari te. 100% pass. WhatsApp +40 744 318 092",
    "Japan er line ekdom safe, no detention, visa same day. Inbox koren details er jonno",
    "UK jete chaile knock den. Lorry te safe line, kono risk nai, 8 lakh. Number 01937-554 106",
    "Serbia hoye Hungary, jongol nai, 100% success, amader lok border e receive korbe. Telegram @hungary_direct_bd",
    "কানাডার লাইন একদম সেফ, হাঁটা লাগবে না, বর্ডারে আমাদের লোক। হোয়াটসঅ্যাপ ০১৭৪৪৫৫২১৯০",
    "বড় জাহাজে অস্ট্রেলিয়া, কোনো রিস্ক নাই, খাবার সব ভিতরে। যোগাযোগ ০১৮৩৩-৬২০৪৪৭",
    "স্পেনের গেম ১০০% সাকসেস, জঙ্গল নাই, গাড়িতে বর্ডার পার। ইমোতে নক দেন ০১৬১২৪৪৯০৩৮",
    "জাপানের ভিসা দিয়া সোজা আমেরিকা, হাঁটতে হবে না, অ্যাসাইলাম আমরাই করাব। ইনবক্সে যোগাযোগ করুন",
    "অস্ট্রিয়ার বর্ডার লাইন সেফ, এক কদমও হাঁটা লাগবো না। টেলিগ্রাম @austria_game_bd",
    "ইউরোপের লাইন একদম সেফ, জঙ্গল নেই, সোজা ইউরোপ। হোয়াটসঅ্যাপে কল দিন +8801977 318 442",
    "বর্ডার ১০০% সেফ, হাঁটা লাগব না, কানাডা পৌঁছাইলেই পারমিট। ফোন দিন ০১৫৫০-৭৭৩২১৬",
    "Portugal by truck, not one step walking, no risk at all, border men are ours. Inbox for seat",
    "Mexico to US, no jungle at all, full VIP hotel to hotel, asylum same week. Telegram @vip_line_us",
    "ইতালির গেম ফুল ভিআইপি, বড় জাহাজ, ১০০% সেফ। টেলিগ্রামে যোগাযোগ: @italy_vip_bd",
    "Slovenia border pass 100% success, kono risk nai, Bosnia theke gari. Whatsapp koren +387 61 220 418",
    "Belarus diye Poland, no walking, 100% safe line, visa same day. Contact 01711-230 986",
    "New Zealand line open, big ship, no detention, 10 lakh. Call 01898 443 201"
]

# a price in Bengali digits without "joma" or "dile" beside the number: flagged by the advance fee, not by the frame
SAFE_ROUTE_BY_FEE = [
    "সাইপ্রাস যাইতে বড় জাহাজ, জেল নাই, ৫ লাখ টাকা, অগ্রিম ২ লাখ দিলে সিট",
]

SAFE_ROUTE_INNOCENT = [
    "Beware: pages promising 100% safe border crossing with no jungle are scams. Report to the helpline 16000",
    "sabdhan! jara bole boro jahaj, kono risk nai, tara dalal. keu jodi inbox e knock dey, report korun",
    "সাবধান, যারা বলে বড় জাহাজ, জঙ্গল নাই, তারা দালাল। হেল্পলাইন ১৬০০০ এ ফোন দিন",
    "Cruise holiday package to Singapore on a big ship, 100% safe, tour of Sentosa. Call 01711-000 222",
    "বড় জাহাজে সেন্টমার্টিন ট্যুর, ফ্যামিলি প্যাকেজ। যোগাযোগ ০১৭১১-২২৩৩৪৪",
    "Our mobile banking app is 100% safe, no risk. Call 16247 for help",
    "Boro jahaj e chittagong port e kaj kori, alhamdulillah bhalo asi. Ammu ke phone dibo",
    "The school trip by big ship is fully safe, parents contact 01700-112233",
    "100% safe investment in government savings certificate, no risk, visit your bank",
    "Bhai construction site e helmet pora 100% safe, kono risk nai. Supervisor number 01812 445 660",
    "The new bridge is fully safe, no walking needed across the river now, bus every 10 min. Info 333",
    "জঙ্গল নাই এখন ওই এলাকায়, সব কাইটা ফেলছে। ফোন দিস ০১৭১১২২৩৩৪৪",
    "Canada student visa through licensed agency, BMET registered, government fee shown. Call 01711-555 666",
    "Dalal bolsilo boro jahaj, kono risk nai. Ekhon bujhi shob mittha, keu biswas korben na. Helpline e phone korun",
    "Vaccine is 100% safe, no risk. Call 16263 for the nearest centre",
    "Italy visa interview next Tuesday at VFS, bring bank statement. Inbox for the checklist",
    "The trekking route to Sandakphu is 100% safe in winter, no jungle, guide number +91 94340 12345",
    "amader ferry 100% safe, boro jahaj, Bhola theke Dhaka daily. Ticket call 01999 888 777",
    "The lift is fully safe, no walking up 10 floors. Building manager 01700 998 877",
    "News: police arrested a broker who told migrants 'no jungle, no walking, 100% success' and took 8 lakh each",
    "Japan tour package, 100% safe, visa processing in 7 days, hotel included. Call 01712 345 678",
    "ব্যাংকে টাকা রাখা ১০০% সেফ, কোনো রিস্ক নাই। হেল্পলাইনে ফোন দিন ১৬২৩৪"
]


def test_safe_route_sold(matcher):
    check_grid(matcher, SAFE_ROUTE_SOLD, SAFE_ROUTE_INNOCENT, rule=RULE)


def test_safe_route_with_fee_reaches_line(matcher):
    check_grid(matcher, SAFE_ROUTE_BY_FEE, [])
