"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
import re
from pathlib import Path

import pytest

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def test_the_probe_file_holds_both_kinds():
    assert len(PROBES["flag"]) >= 100 and len(PROBES["ok"]) >= 60
    assert not set(PROBES["flag"]) & set(PROBES["ok"])


def test_every_phrasing_of_a_concept_is_flagged(matcher):
    results = matcher.match_many(PROBES["flag"])
    missed = [(t, r.explanation) for t, r in zip(PROBES["flag"], results) if r.score < matcher.line]
    assert not missed, missed


def test_everyday_messages_with_the_same_words_stay_below_the_line(matcher):
    results = matcher.match_many(PROBES["ok"])
    flagged = [(t, r.explanation) for t, r in zip(PROBES["ok"], results) if r.score >= matcher.line]
    assert not flagged, flagged


# --- issue 15 round 4, part A: payments, sexual exploitation, minors --------------------------
# Five phrasings of each concept per script, written from the concept (not from a dev item), and
# innocent near-misses that share its words. A strong concept's phrasings reach the review line
# through one of its rules; a weak one's (an ad's "new stock") only hit its rule, since it needs a
# second sign; the near-misses hit none of the concept's rules and stay below the line.
R4A_CONCEPTS = {
    "deposits kept under a cap or spread over counters": {
        "rules": {"pay.structured_under_cap", "pay.split_accounts"}, "strong": True,
        "flag": [
            "Put the money in at three different shops, never more than 40k at one counter",
            "keep each transfer below 45,000 so the bank doesn't ask, every slip under 45000",
            "deposit at a different branch each time, and each deposit under 50k",
            "cash in through 3-4 agents, a different counter each time",
            "don't send more than 20k to one number, use bkash and nagad",
            "taka ta ek agent e 30 hajar er beshi diyo na, alada alada dokan e jama koro",
            "protibar alada agent theke cash in korba, ek number e 25k er upore na",
            "bkash e 3-4 ta number e ghuraye pathaba",
            "nagad e tin bhage pathaw, bkash e baki ta",
            "deposit gula 50 hajar er niche rakhba protibar, bank e prosno kore",
            "প্রতিবার আলাদা এজেন্টে জমা দিবা, এক এজেন্টে ৩০ হাজারের বেশি না",
            "টাকাটা চার ভাগে বিকাশ করবি, নগদেও দিবি",
            "এক দিনে ৫০ হাজারের উপরে ব্যাংকে জমা দিবেন না",
            "৩-৪টা এজেন্ট ঘুরিয়ে ক্যাশ আউট করবা",
            "প্রতিটা স্লিপ ৪০ হাজারের নিচে রাখবা, ব্যাংকে জমা দেওয়ার সময়",
        ],
        "ok": [
            "bKash daily limit is 30k, so I sent the rest tomorrow",
            "ammu, ek dine 25 hajar er beshi tola jay na, bkash er niyom",
            "দোকানে ৫০০ টাকার বেশি খরচ করো না",
            "I deposited the fee at the bank counter and kept the slip",
        ],
    },
    "a commission or price taken for people sent": {
        "rules": {"pay.commission_for_people"}, "strong": True,
        "flag": [
            "Your share for the three girls you supplied is ready in cash",
            "got the money for the 4 girls from Khulna, your commission tomorrow",
            "what's my cut for the girls you sent to Dubai?",
            "the payment for 5 boys is done, send more next week",
            "price for the 2 girls is 80k each, half now",
            "2 ta meyer commission bkash e dilam",
            "je meyegula pathaiso tar payment ready",
            "tomar bhag pathacchi, jei meye pathaiso oder jonno",
            "4 jon meyer dam 2 lakh, ordhek ekhon",
            "meye pathaisen tar commission kal pai jaben",
            "যে মেয়েগুলা পাঠাইছো তার কমিশন দিছি",
            "২টা মেয়ের দাম ১ লাখ, অর্ধেক এখন",
            "মেয়ে পাঠাইছেন ৩টা, আপনার কমিশন বিকাশে পাঠালাম",
            "পাঠানো মেয়েদের পেমেন্ট হয়ে গেছে",
            "৪ জন মেয়ের কমিশন কাল দিব",
        ],
        "ok": [
            "payment for the 3 girls' coaching is due on Sunday",
            "৩টা মেয়ের জামার দাম ১২০০ টাকা",
            "dokaner commission pathalam, 3 ta phone er",
        ],
    },
    "refusing the clients is punished": {
        "rules": {"sx.clients_refusal_punished", "sx.made_to_serve_clients"}, "strong": True,
        "flag": [
            "When I say no to a customer, the manager adds 5000 to my debt",
            "If a girl refuses a guest she gets no food that night",
            "refuse the clients and madam beats us",
            "if we don't go with the customer the boss fines us 2000",
            "she said if I refused the guests my debt would double",
            "guest er room e na gele khabar bondho",
            "customer ke mana korle apa jorimana kore",
            "client er sathe jaite raji na hole dena barabe bolse",
            "kastomar er kache na gele pitay",
            "customer er sathe na jaite chaile beton kete ney",
            "কাস্টমারের রুমে না গেলে খাবার বন্ধ",
            "গেস্টের সাথে যেতে রাজি না হলে জরিমানা করে",
            "খদ্দেরের কাছে না গেলে আপা পিটায়",
            "কাস্টমার মানা করলে দেনা বাড়ায়",
            "ক্লায়েন্টের সাথে না যাইতে চাইলে বেতন কাটবে",
        ],
        "ok": [
            "if a customer refuses the delivery, we lose the fee",
            "কাস্টমার না আসলে দোকানের দেনা বাড়বে",
        ],
    },
    "people counted as goods moved across a border to work": {
        "rules": {"mig.people_moved_as_goods", "mig.irregular_route", "mig.route_without_papers"}, "strong": True,
        "flag": [
            "3 pieces cross at the Hili line tonight, they start work at the flat from Monday",
            "7 heads going by boat tonight, put them to work when they land",
            "the 4 items cross the border at dawn, work starts the next day",
            "2 pcs crossing through the jungle route, work from tomorrow at the house",
            "sending 5 pieces by the sea route, they start work at the hotel",
            "5 ta mal ajke rate border par korbo, kal theke kaj",
            "3 pis nouka te jabe, pouchaile kaj shuru",
            "4 ta maal benapole line diye ashbe, kal theke kaje lagabe",
            "2 ta item jongol diye par hobe, kaj shuru porshu",
            "6 pis border cross korbe aj, kal theke kaj",
            "৩টা মাল আজ রাতে সীমান্ত পার হবে, কাল থেকে কাজ",
            "৫ পিস নৌকায় যাবে, পৌঁছালে কাজ শুরু",
            "৪টা আইটেম বর্ডার দিয়ে আসবে, কাজে লাগাবে কাল",
            "২টা মাল জঙ্গল দিয়ে পার করবে, কাল থেকে কাজ",
            "৬ পিস হিলি দিয়ে পার হবে, কাজ শুরু পরশু",
        ],
        "ok": [
            "100 pcs saree crossing Benapole tonight, sale starts tomorrow",
            "৩টা মেশিন বর্ডার পার হবে, কাল থেকে কাজ শুরু",
        ],
    },
    "a person priced by the hour or the night": {
        "rules": {"sx.person_priced_by_time"}, "strong": True,
        "flag": [
            "girls available, rate by the hour, hotel provided",
            "models by the hour 5k, outcall only",
            "meye ache, ghonta hishabe rate, room amader",
            "bhabi ache, raat hishabe 8 hajar",
            "মেয়ে আছে, ঘন্টা হিসাবে রেট, হোটেল আমাদের",
        ],
        "ok": [
            "nurse girls are paid by the hour for the night shift",
            "the tutor charges by the hour, 500 taka",
        ],
    },
    "crypto asked for because the bank or wallet would catch the sender": {
        "rules": {"pay.crypto_instead_of_bank", "pay.avoid_traceable_channel"}, "strong": True,
        "flag": [
            "bank e pathaile dhora khamu, usdt te den",
            "বিকাশে দিলে ধরা খাবো, ইউএসডিটি পাঠান",
            "send BTC, if the bank asks too many questions we are finished",
        ],
        "ok": [
            "bitcoin er dam barse, bank e taka rakhlam",
        ],
    },
    "a girl priced and handed over": {
        "rules": {"sx.person_priced_for_handover", "thr.sold"}, "strong": True,
        "flag": [
            "she is 16, price is 2 lakh, you can take her tonight",
            "the new one goes for 40k, I bring her to your hotel",
            "how much for this girl? 25k and she is yours till morning",
            "price for the young one is 1 lakh, keep her a week",
            "this girl costs 60000 cash, deliver her tomorrow",
            "oi meyer dam 50 hajar, niye jaben kal",
            "meyetar rate 20 hajar, rate e apnar basay pathabo",
            "maltar dam 70 hajar, taka pele diye jamu",
            "itemtar rate koto bolen, niye jao aj",
            "meyetir dam 1 lakh, tomar kache thakbe ek mash",
            "মেয়েটার দাম ৬০ হাজার, টাকা দিলে পাঠাব",
            "মালটার রেট ১৫ হাজার, আপনার বাসায় দিয়ে যাব",
            "মেয়েটির দাম এক লাখ, নিয়ে যান",
            "আইটেমটার দাম ৩০ হাজার, কালকে পাঠিয়ে দিব",
            "ওইটার রেট ২০ হাজার, আপনার কাছে থাকবে দুই দিন",
        ],
        "ok": [
            "meyetar jamar dam 900 taka, kal pathabo",
            "how much for the girl's bus ticket? I will send her tomorrow",
            "মেয়েটার বইয়ের দাম ৫০০ টাকা, নিয়ে যান",
        ],
    },
    "a share of others' takings taken by the one in control": {
        "rules": {"pay.earnings_share_to_controller", "pay.others_earnings_moved", "pay.client_money_to_controller"}, "strong": True,
        "flag": [
            "what the girls make each night comes to me, they get 500",
            "every girl hands over all the money, madam takes it and we get nothing",
            "half of what they earn goes to the boss, the rest is their debt",
            "all the tips go to madam, she keeps nothing",
            "the workers get nothing, all their money comes to my account",
            "meyera ja kamay sob amar bkash e ashe",
            "protita meye ja kamai tar ordhek amar",
            "oder taka sob malik ney, amra kichu pai na",
            "tips sob madam ney, meyera kichu pay na",
            "labour ra ja kamay sob boss ney",
            "মেয়েরা যা কামায় সব আমার বিকাশে আসে",
            "প্রতিটা মেয়ে যা কামায় তার অর্ধেক আমার",
            "টিপসের টাকা সব আপা নেয়, আমরা কিছু পাই না",
            "ওদের টাকা সব মালিক নেয়, লেবাররা কিছু পায় না",
            "মেয়েদের সব টাকা আমার কাছে আসে",
        ],
        "ok": [
            "somitir sob taka amar bkash e ashe, meyera kisti dey",
            "ami ja kamai tar ordhek ammu ke pathai",
            "the girls' money for the picnic comes to me",
        ],
    },
    "women kept in a flat where clients come": {
        "rules": {"sx.women_kept_for_clients"}, "strong": True,
        "flag": [
            "three girls live in the flat on the 4th floor, clients come after 10",
            "we keep 4 girls in the rooms upstairs, men come every night",
            "5 girls in the house, customers come from 9, money to me at the door",
            "the girls stay at the guest house, clients visit every evening",
            "two girls in my flat now, customers come tonight",
            "3 ta meye basay rakhsi, customer ashe raat e",
            "flat e 5 jon meye thake, client ashe proti rat",
            "hotel er room e 4 ta meye, guest ashe sondhar por",
            "oi building e meyera thake, lok ashe rat e, taka amar kache",
            "2 jon meye ache flat e, kastomar ashe raat e",
            "বাসায় ৪টা মেয়ে রাখছি, কাস্টমার আসে রাতে",
            "ফ্ল্যাটে ৫ জন মেয়ে থাকে, খদ্দের আসে প্রতিরাতে",
            "হোটেলের রুমে ৩টা মেয়ে, গেস্ট আসে সন্ধ্যার পর",
            "ওই বিল্ডিংয়ে মেয়েরা থাকে, ক্লায়েন্ট আসে রাতে",
            "২ জন মেয়ে আছে ঘরে, কাস্টমার আসবে আজ",
        ],
        "ok": [
            "the boutique has 3 girls at the counter, customers come all evening",
            "flat e 4 jon meye thake, relatives ashe eid e, dawat",
            "পার্লারে ৫টা মেয়ে কাজ করে, কাস্টমার আসে রাতে",
        ],
    },
    "a rate card of sessions": {
        "rules": {"sx.rate_card", "sx.person_priced_by_time"}, "strong": True,
        "flag": [
            "short 5k long 12k, hotel or home",
            "incall 4000 outcall 7000, whatsapp only",
            "1 hr 3k, overnight 10k, real pics",
            "short time 2500 / full night 9000",
            "in call 3k, out call 6k, vip",
            "shot 3 long 7 night 10, inbox koren",
            "short 2k long 5k, room amader",
            "incall 5 outcall 8, kotha telegram e",
            "short time 3000, full night 8000, hotel ready",
            "long 6k night 12k, basay ashte parben",
            "শর্ট ৪ লং ৯, হোটেল আমাদের",
            "শর্ট টাইম ২৫০০, ফুল নাইট ৭০০০",
            "ইনকল ৩০০০ আউটকল ৫০০০",
            "শট ৩ লং ৭ নাইট ১০, ইনবক্সে কথা",
            "শর্ট ২ লং ৫, রুম আছে",
        ],
        "ok": [
            "kurti short 350 long 550, all sizes in stock",
            "পাঞ্জাবি শর্ট ৬০০ লং ৯০০",
        ],
    },
    "a daily or nightly due to the one in control, a shortfall punished": {
        "rules": {"pay.nightly_due_to_controller", "pay.per_person_quota"}, "strong": True,
        "flag": [
            "every night she must bring 6000 to madam, if short it is added to her debt",
            "daily target 10k for each girl, less is beaten out of them",
            "each day I have to hand over 4000 to the boss or he beats us",
            "per night 5000 must pay to the manager, short goes on her debt",
            "we have to bring 3000 every day for the line man, if less he beats her",
            "protidin madam ke 4 hajar dite hoy, kom hole mar",
            "proti rat e 6 hajar jama dite hobe, na dile mar",
            "rat e 5000 target, kom hole dena te jog",
            "protirater target 7 hajar, kom pore dena baray",
            "daily 3000 ante hoy boss er kache, na dile mardhor",
            "প্রতিরাতে ম্যাডামকে ৬ হাজার দিতে হয়, কম হলে দেনায় যোগ",
            "প্রতিদিন ৪ হাজার জমা দিতে হয়, না দিলে মার",
            "রাতে ৫ হাজার টার্গেট, কম হলে মার",
            "প্রতিদিন লাইনম্যানকে ৩ হাজার দিতে হয়, না দিলে মারধর",
            "দিনে ২ হাজার আনতে হয়, কম হলে দেনার সাথে যোগ",
        ],
        "ok": [
            "protidin somiti te 100 taka jama dite hoy",
            "every day I pay the CNG owner 800, if short he takes the car",
            "the shop's daily target is 10000, if short no bonus",
        ],
    },
    "another's pay routed to the speaker's number": {
        "rules": {"pay.pay_routed_to_another", "pay.others_earnings_moved"}, "strong": True,
        "flag": [
            "your son's salary will come to my number, I send you what he needs",
            "your salary comes to my account, you get pocket money",
            "their salary comes to my bkash, I pay them at the end",
            "her salary will be sent to my account, not to her",
            "your husband's salary comes to me first, then I send you",
            "tomar beton amar account e jabe, ami hishab kore dibo",
            "apnar cheler beton amar number e ashbe",
            "oder beton amar bkash e ashe, ami hate dei",
            "tar beton amar kache ashbe, mashe 3000 pabe",
            "cheler salary amar nagad e ashbe",
            "আপনার ছেলের বেতন আমার নাম্বারে আসবে",
            "তোমার বেতন আমার একাউন্টে আসবে, আমি খরচ দিব",
            "ওদের বেতন আমার বিকাশে আসে",
            "তার বেতন আমার কাছে আসবে, মাসে ২ হাজার পাবে",
            "স্বামীর বেতন আমার নগদে আসবে, তোমাকে পাঠাব",
        ],
        "ok": [
            "your salary will be paid into your own bank account, not to any agent",
            "amar beton aj account e ashche",
            "আপনার বেতন নিজের একাউন্টে আসবে",
        ],
    },
    "a parent paid, and the child bound to the payer": {
        "rules": {"pay.paid_kin_for_person", "fd.advance_fee"}, "strong": True,
        "flag": [
            "I paid her mother 25000, she works for us now",
            "gave her family 50000, she belongs to the house",
            "we paid the girl's father 30000, she works it off in the kitchen",
            "paid his parents 20000, he works for me till it is paid",
            "gave her father 40000 so she is ours now",
            "tar mayer hate 20 hajar dichi, ekhon amar kache kaj korbe",
            "oi meyer babar hate 30000 disi, jekhane pathai jabe",
            "family ke 50 hajar dichi, o kaj kore shodh korbe",
            "baba ke 40 hajar dilam, cheleta amar kache kaj korbe",
            "bap re 25 hajar dise, meye amader kache kaj korbe",
            "মেয়েটার মাকে ৩০ হাজার দিছি, এখন আমার কাছে কাজ করবে",
            "ওর বাবার হাতে ৪০ হাজার দিছি, কাজ করে শোধ করবে",
            "পরিবারকে ৫০ হাজার দিছি, যেখানে পাঠাই সেখানে যাবে",
            "ছেলেটার বাপরে ২০ হাজার দিছি, আমাদের কাছে কাজ করবে",
            "মায়ের হাতে ২৫ হাজার দিছি, মেয়ে কাজ কইরা শোধ করবে",
        ],
        "ok": [
            "tar mayer hate 2000 dilam oshudh er jonno",
            "I paid her father 4000 for the cow",
            "বাবাকে ৫০০০ দিলাম, ঈদের সালামি",
        ],
    },
    "a count of clients a night": {
        "rules": {"sx.clients_per_night", "sx.made_to_serve_clients"}, "strong": True,
        "flag": [
            "she sees 5 or 6 men every night at the flat",
            "each night 4 clients, no rest on Fridays",
            "they make us take 7 customers a night",
            "every night 3 to 5 men, the manager counts them",
            "my sister has to take 6 guests a night there",
            "protirat 4-5 jon customer nite hoy",
            "proti raat e 6 jon kastomar, kono chuti nai",
            "ek rat e 5 jon khoddor, na nile mar",
            "raat e 3 theke 4 jon customer ashe tar kache",
            "protirate 7 jon client, boss hishab rakhe",
            "প্রতিরাতে ৫ জন কাস্টমার নিতে হয়",
            "এক রাতে ৪-৫ জন খদ্দের, না নিলে খাবার বন্ধ",
            "প্রতি রাতে ৬ জন ক্লায়েন্ট, ম্যানেজার গুনে রাখে",
            "রাতে ৩ থেকে ৫ জন গেস্ট, ছুটি নাই",
            "প্রতিরাত ৭ জন কাস্টমার, শরীর আর চলে না",
        ],
        "ok": [
            "every night 40 or 50 customers come to the restaurant",
            "dokane protirat 10 jon customer ashe, bikri valo",
            "রাতে ৫ জন গেস্ট দাওয়াতে আসবে",
        ],
    },
    "money from abroad offered a better rate than the bank's": {
        "rules": {"pay.hundi_better_rate", "pay.hundi", "pay.informal_transfer"}, "strong": True,
        "flag": [
            "send the riyal to my man in Jeddah, better rate than the bank",
            "your remittance through us gets more than the bank rate",
            "give dirham to my shop in Deira, we pay higher than the bank rate in Dhaka",
            "send ringgit to my agent, family gets a better rate than bank",
            "from Dubai to my shop, better rate than the bank and same day",
            "riyal amar loker kache den, bank er cheye rate beshi dibo",
            "dubai theke dirham pathan amar dokane, rate beshi paben",
            "malaysia theke ringgit amar agent ke dile beshi rate dibo",
            "apnar remittance amar kache ashle bank theke rate beshi",
            "saudi theke taka amar number e pathan, rate beshi dibo",
            "রিয়াল আমার লোকের কাছে দেন, ব্যাংকের চেয়ে রেট বেশি",
            "দুবাই থেকে দিরহাম আমার দোকানে পাঠান, রেট বেশি পাবেন",
            "রেমিট্যান্স আমার কাছে পাঠালে বেশি রেট দিবো",
            "সৌদি থেকে টাকা আমার এজেন্টে দেন, ব্যাংক থেকে রেট বেশি",
            "মালয়েশিয়া থেকে রিংগিত আমার কাছে দিলে রেট বেশি দিব",
        ],
        "ok": [
            "the FDR gives a better rate than the bank's savings account",
            "সঞ্চয়পত্রে ব্যাংকের চেয়ে রেট বেশি, মুনাফা ভালো",
            "remittance e bank 2.5% incentive dey, bank e pathao",
        ],
    },
    "crypto chosen because it leaves no trace": {
        "rules": {"pay.crypto_untraceable", "pay.crypto_instead_of_bank", "pay.avoid_traceable_channel"}, "strong": True,
        "flag": [
            "take your share in USDT, it cannot be traced",
            "Binance P2P is best, no record anywhere",
            "pay the agent in crypto, nobody will know",
            "use USDT TRC20, no trace for the family to find",
            "bitcoin only, untraceable, send after the job",
            "usdt te nen, kono trace nai",
            "binance p2p diye den, kono record nai",
            "crypto te dile keu jante parbe na",
            "btc te pathan, trace hobe na",
            "usdt te salary nen, dhorte parbe na",
            "ইউএসডিটি তে নেন, কোনো ট্রেস নাই",
            "ক্রিপ্টোতে দিলে কেউ জানতে পারবে না",
            "বাইনান্স দিয়ে পাঠান, কোনো রেকর্ড নাই",
            "বিটকয়েনে দেন, ট্রেস হবে না",
            "ইউএসডিটি তে টাকা দেন, রেকর্ড থাকবে না",
        ],
        "ok": [
            "beware: crypto scams leave no trace, never send USDT to strangers",
            "সাবধান, ক্রিপ্টো স্ক্যামে কোনো ট্রেস নাই",
        ],
    },
    "a cover story for a payment, ready for the bank or the agent": {
        "rules": {"pay.payment_cover_story"}, "strong": True,
        "flag": [
            "if the bank calls, say it is money from selling land, then deposit the rest",
            "send it by bkash, if the agent asks tell them it's for a wedding",
            "if anyone asks what the 3 lakh is for, just say it's your sister's wedding",
            "deposit it in cash; if the bank asks, say business money from your cousin",
            "if they ask at the bank, say it's for house building",
            "bank jiggesh korle bolben byabsar taka, 2 lakh jama den",
            "agent jigaile bolba chikitsar taka, nagad e pathao",
            "keu jigaile bolben biyer khoroch, bkash e den",
            "bank jigaile bolba ghor banano, cash jama diba",
            "taka pathan, kew jigaile bolben dhar er taka",
            "ব্যাংক জিগাইলে বলবেন ব্যবসার টাকা, ক্যাশ জমা দেন",
            "এজেন্ট জিজ্ঞেস করলে বলবেন চিকিৎসার টাকা, বিকাশে পাঠান",
            "কেউ জিজ্ঞেস করলে বলবেন বিয়ের খরচ, নগদে দেন",
            "ব্যাংক জিজ্ঞেস করলে বলবেন ঘর বানানোর টাকা, ৩ লাখ জমা দেন",
            "টাকা পাঠান, কেউ জিগাইলে বলবেন ধারের টাকা",
        ],
        "ok": [
            "if the bank asks, show the land sale papers, they need the deed",
            "চিকিৎসার টাকা বিকাশে পাঠালাম, প্রেসক্রিপশন দেখো",
        ],
    },
    "her clients, and her money kept by the speaker": {
        "rules": {"sx.client_money_kept", "pay.client_money_to_controller", "sx.women_kept_for_clients"}, "strong": True,
        "flag": [
            "she does the clients now, I keep her money",
            "the guests pay, I take her money, she gets food",
            "clients come to her room and I collect the money",
            "she sees customers, her money stays with me",
            "two girls, many clients, I keep their money till they finish",
            "customer ashe, tar taka ami rakhi",
            "guest ra taka dey, oder taka ami rakhi",
            "kastomar ja dey taka amar kache thake",
            "client er taka ami nei, meye ke khaite dei",
            "raat e khoddor ashe, taka ami ni",
            "কাস্টমার যা দেয় তার টাকা আমি রাখি",
            "গেস্ট আসে, ওর টাকা আমি রাখি",
            "খদ্দেরের টাকা আমার কাছে থাকে, মেয়েরা কিছু পায় না",
            "ক্লায়েন্ট আসলে টাকা আমি নেই",
            "রাতে কাস্টমার আসে, ওদের টাকা আমি রাখি",
        ],
        "ok": [
            "dokane customer ashe, taka ami rakhi, bill o dei",
            "the restaurant's customers pay at the counter, I take the money",
        ],
    },
    "made to stay or sleep with men": {
        "rules": {"sx.made_to_stay_with_men", "sx.made_to_serve_clients", "lab.deprivation"}, "strong": True,
        "flag": [
            "they make her stay with men in a flat in Kolkata",
            "the madam forces her to sleep with different men",
            "I had to sleep with men every night there",
            "they made us spend the night with men at the hotel",
            "she has to stay with strange men or they beat her",
            "oke purush er sathe thakte baddho kore",
            "amake rat e onno loker sathe thakte bole",
            "tader sathe shute hoy, loker sathe shute bole",
            "bivinno loker sathe thakte hoy prottek rat",
            "raat katate pathay hotel e",
            "ওরা ওকে পুরুষের সাথে থাকতে বাধ্য করে",
            "রাতে অন্য লোকের সাথে থাকতে হয়",
            "বিভিন্ন লোকের সাথে থাকতে হয় প্রতিদিন",
            "লোকের সাথে শুতে বলে, না করলে মারে",
            "হোটেলে রাত কাটাতে পাঠায়",
        ],
        "ok": [
            "mess e 3 jon er sathe room share kori, bhara kom, valo achi",
            "she has to stay with the men of the family at her uncle's house for the wedding",
        ],
    },
    "a child's age beside work abroad, not a family keeping her from it": {
        "rules": {"mn.minor_age_stated", "mn.child_recruit", "mn.age_disguised", "mn.age_raised_passport"}, "strong": True,
        "flag": [
            "meyetar boyos 15, dubai te basar kaj, cholbe?",
            "মেয়েটার বয়স ১৪, সৌদিতে বাসার কাজে পাঠাবো",
            "she is 15, the agent will send her to Jordan for housework",
        ],
        "ok": [
            "তানিয়ার বয়স মাত্র ১৪, এখনই বিয়ের কথা বলো না, দুবাইয়ের প্রস্তাব আসুক, ও এসএসসি দিক",
            "Rima's age is 16, too young to marry the Dubai boy, let her finish school",
            "Rahim er boyos 17, passport e age thik ache kina check koro birth certificate er sathe",
            "ছেলের বয়স ১৬, পাসপোর্টে বয়স ঠিক আছে কিনা মিলিয়ে দেখো",
            "boyos 15, saudi r proposal ashse, biyer kotha koio na ekhon, o porbe",
        ],
    },
    "new women or 'items' announced to clients (weak: needs a second sign)": {
        "rules": {"sx.stock_offered_to_clients"}, "strong": False,
        "flag": [
            "new girls in town, booking through me only",
            "notun mal ashse, party thakle bolen",
            "নতুন দুইটা মেয়ে আসছে, বুকিং দিন",
            "fresh items arrived, any clients tonight?",
            "meye duita ashse, rate koto jante chaile inbox",
        ],
        "ok": [
            "dokane notun item ashse, party thakle bolen",
            "two new girls joined our class, booking the picnic bus",
        ],
    },
}


@pytest.mark.parametrize("concept", sorted(R4A_CONCEPTS))
def test_round4a_concept_phrasings_hit_their_rules(matcher, concept):
    spec = R4A_CONCEPTS[concept]
    results = matcher.match_many(spec["flag"])
    missed = [(t, r.explanation) for t, r in zip(spec["flag"], results)
              if not {h.rule_id for h in r.hits} & spec["rules"]
              or (spec["strong"] and r.score < matcher.line)]
    assert not missed, missed


@pytest.mark.parametrize("concept", sorted(R4A_CONCEPTS))
def test_round4a_near_misses_stay_quiet(matcher, concept):
    spec = R4A_CONCEPTS[concept]
    results = matcher.match_many(spec["ok"])
    loud = [(t, r.explanation) for t, r in zip(spec["ok"], results)
            if {h.rule_id for h in r.hits} & spec["rules"] or r.score >= matcher.line]
    assert not loud, loud


def test_round4a_probes_cover_three_scripts():
    bengali = re.compile("[\u0980-\u09ff]")
    for concept, spec in R4A_CONCEPTS.items():
        if len(spec["flag"]) < 15:
            continue
        assert sum(bool(bengali.search(t)) for t in spec["flag"]) >= 5, concept
