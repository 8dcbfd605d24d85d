#!/usr/bin/env python3
"""voice3: 120 innocent hard negatives (all label "ok"), written on 2026-12-05 by a blind writer who never
read the rules, the other sets or the code; persona: a mother in a Noakhali village family WhatsApp group
(one son in Oman, one in Saudi, a daughter to be married, school children; relatives in Cumilla and
Chattogram), writing Noakhali dialect, village Bengali and the family's mixed Banglish and English.
Voices: family 45, worker_content 25, chatter 20, joke 15, awareness 15. Run from the repository root.
Written for round 10 of issue 15 to find the packs' false alarms on ordinary talk; its odd ids were
read to close false alarms by class, its even ids scored before they were read (docs/rules.md,
"Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/voice3.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

ITEMS = []


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ family (45: 15 bn, 15 bn-Latn, 15 en)
# ---- bn
N("family", "bn",
  "রুবেলের হুরান পাসপোর্ট (মেয়াদ শেষ) আর নতুন ই-পাসপোর্ট দুইটাই আঁর ট্রাঙ্কে তালা মারি রাইখছি। ছুটি শেষে যাওনের দিন হেতের হাতে দিমু, হেতে নিজেই কইছে আম্মা আন্নের কাছে রাখেন হারাই যাইবো 😊")
N("family", "bn",
  "আলহামদুলিল্লাহ শাথির বিয়ার কতা হাকা হইছে। হোলা চট্টগ্রামে ব্যাংকে চাকরি করে। শাথি নিজে দুইবার কতা কইছে, হেতির হছন্দ হইছে বলিই আঁরা রাজি হইছি। হেতির বয়স ২৩ হুরা, মাস্টার্স শেষ। অক্টোবরে আকদ ইনশাআল্লাহ, বেগ্গুনে দোয়া করিয়েন 🤲")
N("family", "bn",
  "মিমের জন্ম নিবন্ধনে বয়স ৬ বছর ২ মাস, হেডমাস্টার কয় ওয়ানে ভর্তি লইবো না, আরো এক বছর অপেক্ষা। কেউ জানেন নি সরকারি প্রাইমারির নিয়ম কিয়া? আঁর মাইয়া তো এখনই পড়তে হারে")
N("family", "bn",
  "রুবেল বাপ, সোহেলের ভিসার লাই প্রবাসী কল্যাণ ব্যাংক থেকে যে লোন নিছিলাম হেইডার কিস্তি এই মাসে ১২,৫০০। তুঁই এইবার হাডাইতে হারবা নি? ব্যাংকের রসিদ বই আঁর কাছে আছে, আর চাইর কিস্তি বাকি")
N("family", "bn",
  "কুমিল্লার বাসাত বাড়িওয়ালা রাইত ১১টার হরে মেইন গেইট তালা মারি দেয়, চাবি দারোয়ানের কাছে। ফয়সাল কোচিং থেকে দেরি হইলে গেইটের বাইরে দাঁড়াই থাকে 😒 আঁই কইছি বাপ সকাল সকাল আইছ")
N("family", "bn",
  "তানভীরের মোবাইল আঁই লই রাইখছি, পরীক্ষা শেষ না হওয়া হর্যন্ত দিতাম না। সারা রাইত ফ্রি ফায়ার খেলে। তোঁয়ারা কেউ হেতেরে ফোন দিলে আঁর নম্বরে দিও ০১৮১৯-৪৪৭২৩১",
  [("phone", "+8801819447231")])
N("family", "bn",
  "সোহেল ৩০ হাজার টেয়া হাডাইছে, বিকাশে আইছে। TrxID 9KD3XPL2QA. ঘরের টিনের চাল ঠিক করমু আর বাকিটা শাথির বিয়ার লাই রাখি দিমু। আল্লাহ হোলাটারে ভালা রাখুক",
  [("mfs_transaction", "9KD3XPL2QA")])
N("family", "bn",
  "আঁর ভাইঝি রুমা সিইপিজেডে চাকরি হাইছে, অফিসের জয়েনিং লেটার আইছে, বেতন ১৩৫০০। থাইকবো হেতির মামার বাসাত হালিশহরে, হেতির মা-ও লগে যাইবো হেলা মাস। মাইয়া মানুষ বলি চিন্তা কইরছিলাম, এখন শান্তি")
N("family", "bn",
  "তানভীর বিকালে হেতের দাদার লগে মুদি দোকানে বইয়ে, কাম না, হিসাব শিখে আর চকলেট খায় 😄 স্কুল কামাই দেয় না, মাগরিবের আগে ঘরে")
N("family", "bn",
  "ওবায়দুল ভাইয়ের মোটরসাইকেল কাইল রাইতে চুরি হইছে, সুধারাম থানায় জিডি কইরছি। হুলিশ কইছে খবর হাইলে জানাইবো। কেউ কিছু হুইনলে গ্রুপে দিয়েন")
N("family", "bn",
  "রুবেলের ওমানের রেসিডেন্ট কার্ড নবায়নের লাই হেতের পাসপোর্ট কোম্পানির অফিসে জমা দিছে, রসিদ দিছে, এক সপ্তাহ লাগবো কয়। হেতে কইছে আম্মা চিন্তা কইরেন না বেগ্গুনের একই নিয়ম, পিআরও নিজে করি দেয়")
N("family", "bn",
  "চাচাতো ভাই জাহিদ 'আমি প্রবাসী' অ্যাপে নাম লিখাইছে, টিটিসি ফেনীতে তিন মাসের ট্রেনিং। হেতে কইছে সরকারি রসিদ ছাড়া কাউরে এক টেয়াও দিতো না। ভালা সিদ্ধান্ত")
N("family", "bn",
  "(ভয়েস মেসেজ) হুত রে, তুই খাইছস নি? রাইতে দেরি করি ঘুমাইস না। এখন ডিউটি কয় ঘণ্টা, আট না দশ? বেশি কষ্ট লাইগলে আঁরে কইস, লুকাইস না বাপ")
N("family", "bn",
  "লিপির জামাই মালয়েশিয়াত থাকে, বিয়ার দুই বছর হইছে। এখন হেতিরে ডিপেন্ডেন্ট ভিসায় নিতো চায়, কাগজ সব হাইকমিশন দিয়া। লিপি নিজেও যাইতো চায়, হেতির বাপ-মা রাজি। আঁই খালি কইছি হৌঁছাই ভিডিও কল দিস")
N("family", "bn",
  "তানভীরের জন্ম নিবন্ধনে সাল ভুল আইছে, ২০১২ এর জায়গায় ২০১০ লেখা, বয়স দুই বছর বাড়ি গেছে! ইউনিয়ন পরিষদে সংশোধনের আবেদন দিছি, নাইলে বোর্ড পরীক্ষায় ঝামেলা হইবো")
# ---- bn-Latn
N("family", "bn-Latn",
  "Shathi r passport ar shob certificate amar kache joma rakhsi, Dhaka r hostel e harai jay. O nije bolse Amma tumi rakho. Interview e lagle ami courier kore pathai dimu")
N("family", "bn-Latn",
  "Mim er school e bhorti r jonno boyosh 5 bochor 11 mash, madam koise next year ashte. Ek mash er jonno ek bochor nosto?? ki kori bolen to 😩")
N("family", "bn-Latn",
  "Amma ar kono NGO loan nio na please. Visa r loan ami 2 bochore shodh kore disi, kisti shesh. Ekhon je taka pathai oita shudhu ghor er kaj ar Mim Tanvir er porashona")
N("family", "bn-Latn",
  "Khala, Rafi ke Ctg te amar workshop e kaj shikhate nitesi, o ekhon 19, HSC r por theke ghure beray. Mash e 6000 hat khoroch dimu, thaka khawa amar basay. Apnar mot thakle Sunday nie jabo")
N("family", "bn-Latn",
  "Abba bollo Rubel er jonno meye dekhte jabo shukrobar, meye Cumilla r, BBA porche. Meye r nijer mot ache kina age jiggesh korben, zor kore kichu hobe na. Rubel o video call e kotha bolbe")
N("family", "bn-Latn",
  "Tanvir ke ghore atkay rakhsi aaj, boro chachato bhai er shathe maramari korse 😤 maghrib er agey bahir hoite dimu na. Keu oke support koiro na")
N("family", "bn-Latn",
  "Nagad e 5000 pathaisi Khala, TxnID: 7HQ2LM8K . Oshudh kinben, ar kisu lagle bolben. Rubel o next week pathabe",
  [("mfs_transaction", "7HQ2LM8K")])
N("family", "bn-Latn",
  "Sohel er kafeel onek bhalo manush mashallah, Ramadan e bonus dise 500 riyal ar Eid er chuti 5 din. Amra shudhu dua kori")
N("family", "bn-Latn",
  "Shathi Saturday Dhaka jabe interview dite, private bank er job. Chachi apnar basay ek raat thakte dibe? Tanvir o sathe jabe, eka jabe na")
N("family", "bn-Latn",
  "Rubel er notun number: +968 9213 4478. Purana ta bondho. Imo teo ei number e call diben",
  [("phone", "+96892134478")])
N("family", "bn-Latn",
  "Tanvir er school theke shikkha sofor e Srimongol niye jabe 2 din, 3500 taka. Ami permission slip e sign korsi, class teacher ar 3 jon madam thakbe. Meyera alada room e")
N("family", "bn-Latn",
  "Chachu apnar dokaner chabi amar kache tala mara almari te, apni Ctg theke ashle niben. Kormochari ke dei nai, bolsen je")
N("family", "bn-Latn",
  "Amma ei mash e kom pathailam, company salary thik e dise kintu room rent ar mess er taka ami nije ditam, shob kete 14000 thakse. Next month beshi dimu inshallah")
N("family", "bn-Latn",
  "Shathi r biye te chele pokkho kono joutuk chay nai alhamdulillah, kabin 5 lakh. Shathi nijei bolse kabin thik ache, or kono apotti nai. Ekhon shudhu bazar shodai baki 😅")
N("family", "bn-Latn",
  "(voice) ore Sohel, hunchos ni? Hokkole kaitese tor company tore chaira dibo na, tor kaj bhala. Bhala kotha bap. Tobe chuti paile ek mash ghore aisha thakis, tor Amma tore dekhe na kotodin")
# ---- en
N("family", "en",
  "Shathi's smart NID came today 🎉 NID no 5524318867. Please nobody post a photo of the card on FB, Ammu is keeping it in her almirah with the land papers.",
  [("bd_nid", "5524318867")])
N("family", "en",
  "Ammu is panicking because someone told her Rubel bhai's company keeps all passports. Relax Ammu 😂 he just called, his passport is in his own locker, company only has a copy.")
N("family", "en",
  "Mim turned 6 on 12 Jan, so she can sit for the class 1 lottery this year. Form needs birth cert + parents' NID copies. I'll fill it online tonight from the cyber cafe.")
N("family", "en",
  "Sohel sent 25k for Khala's cataract operation, Ammu received it. Pls nobody ask him for more this month, his visa renewal fee is due and he's paying it himself.")
N("family", "en",
  "Chacha from Ctg says Imran got selected by a licensed agency for Japan (TITP caregiver). Paid only the govt-fixed fee with money receipt, BMET smart card done, Japanese class starts Monday. Alhamdulillah!")
N("family", "en",
  "Guys Abbu locked the main gate at 9pm AGAIN and went to sleep with the key 🙄 me and Tanvir stuck outside after tuition. Someone call him pls 01712-583094",
  [("phone", "+8801712583094")])
N("family", "en",
  "Reminder: Shathi's mehendi is Thursday. She chose the groom herself, they met at Lima apu's wedding, so nobody make 'arranged by Ammu' jokes lol. Makeup by @bridesbynusrat on insta, she's booked till 4pm.",
  [("instagram", "@bridesbynusrat")])
N("family", "en",
  "Ammu asked me to type this: Rubel, don't hand your passport to anyone for 'safe keeping' over there. Keep it with you or in your own locker. Love you. — Tanvir typing for Ammu")
N("family", "en",
  "Chacha's shop boy Rakib is 17 and wants to go to Saudi with Sohel bhai. Sohel said no way, finish HSC first, do the passport after 18 and go through BMET. Good call bhai.")
N("family", "en",
  "Found Rubel bhai's old passport while cleaning (BX0719526, expired 2019). Ammu says keep it, the passport office needs it for reissue. Putting it in the blue file.",
  [("bd_passport", "BX0719526")])
N("family", "en",
  "Nasrin is 14, Khala asked if she can stay with us in Noakhali for the school year since our school has a science group. She'll help Mim with homework, NOT housework Ammu 😜")
N("family", "en",
  "Sohel bhai's company gave 2 days off after Eid and paid the Ramadan overtime in full. He sent pics from Abha, the mountains 😍")
N("family", "en",
  "Pls everyone save Sohel bhai's new Saudi number +966 55 318 2704, old SIM got lost with his phone at the site.",
  [("phone", "+966553182704")])
N("family", "en",
  "Ammu wants to know: for Rubel bhai's marriage, is it ok to say 'we want nothing from the girl's side' at the first meeting? She's very serious about no dowry 😅")
N("family", "en",
  "Tanvir got a job?? No, he's 'helping' at the cyber cafe for free wifi 😂 he's 13, I told him homework first, cafe after Asr only.")

# ================================================================ worker_content (25: 9 bn, 8 bn-Latn, 8 en)
# ---- bn
N("worker_content", "bn",
  "আম্মা এই সপ্তাহে কাম বেশি, তিন দিন ১২ ঘণ্টা ডিউটি কইরছি। কিন্তু টেয়া হুরা দিছে, ওভারটাইম মিলাই ১৮০ রিয়াল বেশি আইছে 😊 চিন্তা কইরেন না, শুক্কুরবার ছুটি")
N("worker_content", "bn",
  "কোম্পানি ভিসা স্ট্যাম্প লাগাইবার লাই বেগ্গুনের পাসপোর্ট নিছিল, আইজ ফেরত দিছে। আঁর পাসপোর্ট এখন আঁর নিজের কাছে, ব্যাগের ভিতরের হকেটে")
N("worker_content", "bn",
  "আম্মা রুমে এসি আছে, চাইর জন থাকি। খাওন কোম্পানির মেস থেকে তিন বেলা, কাইল ইলিশ মাছ রাইন্ধছে 😄 নোয়াখালীর রাঁধুনি, ঝাল একদম আঁঙ্গো মত")
N("worker_content", "bn",
  "বেতন আইজ ব্যাংকে ঢুইকছে। হুন্ডিতে দিমু না আম্মা, ব্যাংক দিয়া হাডাইমু, সরকার আড়াই পার্সেন্ট প্রণোদনা দেয়। কাইল সকালে আন্নের একাউন্টে যাইবো")
N("worker_content", "bn",
  "ছুটির দরখাস্ত দিছি, কফিল সাইন করি দিছে। রমজানের হরে দেশে আইয়ুম ইনশাআল্লাহ, যাওয়া-আসার টিকেট কোম্পানি দিবো")
N("worker_content", "bn",
  "সুপারভাইজার আইজ জোরে ধমক দিছে কাম দেরি হইছে বলি, হরে আবার নিজে চা বানাই খাওয়াইছে 😂 মানুষটা খারাপ না, মিশরের লোক")
N("worker_content", "bn",
  "আঁর ইকামা নবায়ন হই গেছে, দুই বছরের। ফি কোম্পানি দিছে, আঁর বেতন থেকে এক রিয়ালও কাটে নাই। মেডিকেলও কোম্পানির খরচে")
N("worker_content", "bn",
  "চট্টগ্রাম বন্দরে এখন নাইট শিফট চলে, রাইত ৮টা থেকে সকাল ৮টা। মাসে চাইর দিন অফ, নাইট এলাউন্স আলাদা দেয়। এইবার বেতনও বাইড়ছে খালা")
N("worker_content", "bn",
  "আইজ মালিক বেগ্গুনরে লই বিচে গেছে, পিকনিক আর বারবিকিউ। হরের সপ্তাহে আঁরে নতুন সাইটে হাডাইবো সোহারে, একই কোম্পানি, বেতন একই, থাকার জায়গা ভালা")
# ---- bn-Latn
N("worker_content", "bn-Latn",
  "Amma ajke 14 ghonta duty silo, year end inventory counting. Tobe double overtime dibe, supervisor register e likhe rakhse. Kal pura din off, ghumabo 😴")
N("worker_content", "bn-Latn",
  "Company notun contract dise, beton 20 riyal barse. Sign korar age Bangla copy o dise, shob porsi, thik ase. Ager contract er shathe mile")
N("worker_content", "bn-Latn",
  "Amar boss ajke bollo 'I will never let you go, you are my best driver' 😂 salary o barabe bolse next month theke")
N("worker_content", "bn-Latn",
  "Room e ekhon 6 jon, notun 2 jon aise Sylhet theke. Ektu tight kintu shobai bhalo, ranna pala kore kori. Company bolse next month boro room dibe")
N("worker_content", "bn-Latn",
  "Passport renewal er jonno Riyadh embassy te gesilam, appointment online e nisi. Purono passport EC0458817 er copy rakhsi, 3 shoptaho por notun ta dibe. Receipt ta jotno kore rakhsi",
  [("bd_passport", "EC0458817")])
N("worker_content", "bn-Latn",
  "Amma ajke Oman er resident card hate paisi, company PRO nije giye eneche. Ekhon bank account khulte parbo, ar exchange house e line dhorte hobe na")
N("worker_content", "bn-Latn",
  "Ei mash e Eid bonus paisi ar overtime er taka. Mim er jonno ekta tab kinsi, porar app diye dimu. Rubel bhai chuti te gele niye jabe")
N("worker_content", "bn-Latn",
  "Site e mobile use kora jay na safety r jonno, locker e rakhte hoy, lunch break ar chutir por phone pai. Tai dupure call dhorte pari na Amma, gussha koiro na 🙏")
# ---- en
N("worker_content", "en",
  "Rubel here. Our company locks the camp gate at 11pm for security, but we all have keycards for the side door and can go out on Fridays. Nothing to worry Amma.")
N("worker_content", "en",
  "Got my salary slip: basic 120 OMR + overtime 32 OMR + food allowance 15. Sent 100 home via bank, screenshot of the receipt in the group. Balance for my savings.")
N("worker_content", "en",
  "Shift is 10 hrs this month because of the new mall project, but OT is paid at 1.25x and Friday off. Tired but okay, sleeping 8 hours.")
N("worker_content", "en",
  "Manager asked for my passport for visa processing, I asked for a written receipt like bhai told me. Got it back in 4 days with the new visa inside. All normal here.")
N("worker_content", "en",
  "Sohel: company is transferring me to the Jeddah branch, same kafeel, same salary, they pay for the move and the room. Will share the new address.")
N("worker_content", "en",
  "To the cousins asking about jobs here: only go through a BMET-licensed agency. Mine was licensed, I paid 1.65 lakh with a proper money receipt and everything matched the contract. No dalal, no 'free visa'.")
N("worker_content", "en",
  "Been working 6 days a week, 8 hrs. On Fridays I go to the mosque and play cricket with the Noakhali boys from the next camp 😄 life is simple here.")
N("worker_content", "en",
  "Joined the buying house in Agrabad today! HR kept my original certificates for 1 week for verification, gave me an acknowledgment slip. Lunch is free in the canteen 😋 — Imon (Ctg)")

# ================================================================ chatter (20: 7 bn, 7 bn-Latn, 6 en)
# ---- bn
N("chatter", "bn",
  "কেউ জানেন নি মাইজদী হাসপোট অফিসে এখন ই-পাসপোর্টের লাইন কেমন? শাথিরটা করামু, কোন দালাল ধইরতাম না, নিজেরা অনলাইনে ফরম হুরণ কইরছি")
N("chatter", "bn",
  "খালা, আন্নের মাইয়া তিথিরে আঁর হুত রুবেলের লাই চাই 😄 রুবেল ওমানে থাকে, ভালা কোম্পানি। তিথি রাজি থাইকলে আঁরা কতা আগাই, জোর নাই কোনো")
N("chatter", "bn",
  "আইজকা চৌমুহনী বাজারে মুরগি ২২০ টেয়া কেজি! বিদেশের টেয়া না থাইকলে কেমনে চইলতাম আল্লাহ জানে 😔")
N("chatter", "bn",
  "নোয়াখালীর হোলাহাইন বেগ্গুন বিদেশ যায় গই, গেরামে এখন ধান কাটার মানুষ হাওয়া যায় না। উত্তরবঙ্গ থেকে লোক আনি দৈনিক ৭০০ টেয়া দি কাটাইছি")
N("chatter", "bn",
  "মাইজদী বাজারের বেকারির মালিক কইছে হেতাগো দোকানে মাইয়া কর্মচারী লাইগবো, ক্যাশে বইবো, দিনের ডিউটি, বেতন ৮ হাজার। কারো জানা থাইকলে ফোন দিয়েন ০১৮৮৫-২৩৭৭৪১",
  [("phone", "+8801885237741")])
N("chatter", "bn",
  "ডাক্তার কইছে নানুর হ্রেশার বেশি, লবণ বন্ধ। কেউ হেতিরে চোখে চোখে রাইখবা, লুকাই লুকাই আচার খায় 😂")
N("chatter", "bn",
  "বড় আপার বাসার বুয়া খালা ছুটি লই দেশে গেছে, আপা দুই মাসের বেতন আগাম দি দিছে আর বাসভাড়াও। ভালা মানুষ আপা")
# ---- bn-Latn
N("chatter", "bn-Latn",
  "Keu ki bolte parben Chowmuhani te kon coaching e IELTS bhalo? Shathi r bandhobi Canada student visa try korbe. Telegram e @ielts_noakhali_batch group ache shunsi",
  [("telegram", "@ielts_noakhali_batch")])
N("chatter", "bn-Latn",
  "Ei group e shudhu family r manush, bahirer keu add korben na please. Kal ekta ojana number theke 'job offer' link aisilo, delete korsi")
N("chatter", "bn-Latn",
  "Sohel Saudi te mess e ranna kore ekhon, shobai bazar er taka dey. O bole 'Amma amra ekhane 8 jon e ek hari bhat' 😂 amar chele ranna shikhse finally")
N("chatter", "bn-Latn",
  "Kal Maijdee court e gesilam jomi r dolil tulte. Ekta dalal 500 taka chaise line e age dhukaite, dei nai 😤 2 ghonta dariye kaj hoise")
N("chatter", "bn-Latn",
  "Bhaiyer biye te Dubai theke Mama ashtese, sathe 2 ta suitcase 😍 Friday raat 2 tay flight, keu Ctg airport e pick korte parbe?")
N("chatter", "bn-Latn",
  "Ammu re bolo phone ta charge e dite, shara din off thake. Rubel bhai 3 bar call dise, kew dhore nai, bechara tension e")
N("chatter", "bn-Latn",
  "Noakhali te ekhon shobai bole 'bidesh e na gele biye hoy na' 🙄 amar class er 5 jon already Saudi ar Oman. Ami BCS dibo inshallah")
# ---- en
N("chatter", "en",
  "Does anyone have the number of that Ctg lawyer who did Chacha's land case? Need to ask him about nikah registration for Shathi, the kazi office wants both NID copies.")
N("chatter", "en",
  "FYI the Noakhali passport office takes online appointment only now. Booked Mim's first passport for the Umrah trip, child passport needs both parents present.")
N("chatter", "en",
  "Cousins meetup in Chittagong this Friday! Venue: Rafi bhai's rooftop in Halishahar. Girls bring mehendi cones 😁 RSVP to Rafi bhai wa.me/8801819203347",
  [("whatsapp", "+8801819203347")])
N("chatter", "en",
  "Saw Rubel bhai's TikTok from Muscat, thought he was working at a car wash now?? No, it's his friend's. He's still at the supermarket lol")
N("chatter", "en",
  "Someone keeps adding random 'Malaysia job' people to our cousins group, I removed them. Please don't share the invite link outside family.")
N("chatter", "en",
  "Khala, is the school van safe? Mim says the driver locks all the doors while driving and only opens at school. That's actually good no?")

# ================================================================ joke (15: 5 bn, 5 bn-Latn, 5 en)
# ---- bn
N("joke", "bn",
  "শাথিরে শ্বশুরবাড়িত বেচি দিমু, দাম কিন্তু এক কাপ দুধ চা আর দুইটা সিঙ্গারা 😂😂 জামাই বাবাজি রাজি নি?")
N("joke", "bn",
  "তানভীর আবার আঁর ফোন চুরি করি গেম খেলছে, চার্জ শেষ। এইবার হেতেরে খুন করি হালামু 😡😂")
N("joke", "bn",
  "সোহেল কয় সৌদিতে হেতের কফিল হেতেরে ছাইড়তো চায় না, কারণ হেতের মত আদা চা কেউ বানাইতে হারে না 😂 আঁর হোলা")
N("joke", "bn",
  "জামাই বাড়ির মানুষ আইবো, বেগ্গুনে ঘরের ভিতরে আটকা থাকো, কেউ বাইর হইবা না যতক্ষণ না হুডিং শেষ হয় 😆 তানভীর তুই বিশেষ করি")
N("joke", "bn",
  "আব্বার মোবাইল আঁই জব্দ কইরছি, সারাদিন ইউটিউবে ওয়াজ হুনে আর রাইতে ঘুমায় না 🤣 এখন হেতে আঁর লগে কতা কয় না")
# ---- bn-Latn
N("joke", "bn-Latn",
  "Kal Bangladesh harle Tanvir re ami mere felbo 😤🏏 ei chele shob shomoy opposite team support kore")
N("joke", "bn-Latn",
  "Rubel bhai re Oman er ek sheikh kinne nise, ar ferot dibe na 😂 kaj eto bhalo kore je boss bole 'you are my son'")
N("joke", "bn-Latn",
  "Bhabi ke amra joutuk hishebe ekta goru dibo 😂 bhabi bolse 'ami 2 ta gorur joggo' 🐄🐄 haha")
N("joke", "bn-Latn",
  "Mim bolse or school er madam or passport niye rakhse 😂 pore bujhlam 'passport size chobi' 🤣 5 copy lagbe kal")
N("joke", "bn-Latn",
  "Shathi biye r por ar amader group e thakbe na, Dulabhai tare bondi kore rakhbe 😜 just kidding Dulabhai, ekta dawat diyen")
# ---- en
N("joke", "en",
  "Ammu said if Shathi doesn't eat properly before the wedding she'll lock her in the kitchen with 10 kg of biryani 😂")
N("joke", "en",
  "Sohel bhai owes me 500 taka since 2019. With interest he now has to work for me for life 😂 bonded cousin for real")
N("joke", "en",
  "If India wins tomorrow I'm selling my brother to the highest bidder. Starting price: one dozen Noakhali mangoes 🥭")
N("joke", "en",
  "Tanvir: 'Ammu is holding my phone hostage again.' Me: ransom is finishing your math homework 🤣")
N("joke", "en",
  "Cousin Rafi has officially been trafficked to Ctg by his in-laws, we'll never see him at Eid again 😭😂 send help (and pitha)")

# ================================================================ awareness (15: 5 bn, 5 bn-Latn, 5 en)
# ---- bn
N("awareness", "bn",
  "⚠️ সতর্কবার্তা (ফরোয়ার্ডেড): ফেসবুকে 'ফ্রি ভিসা'য় সৌদি নেওয়ার বিজ্ঞাপন দেখলে টাকা দেবেন না। সরকার নির্ধারিত খরচ ও লাইসেন্সধারী এজেন্সির তালিকা বিএমইটির ওয়েবসাইটে আছে। বেশি বেশি শেয়ার করুন।")
N("awareness", "bn",
  "ফরোয়ার্ড: পাসপোর্ট কখনো দালালের কাছে জমা রাখবেন না। বিদেশে নিয়োগকর্তা পাসপোর্ট আটকে রাখলে দূতাবাসের শ্রম উইংয়ে অভিযোগ করুন। — প্রবাসী কল্যাণ ডেস্ক, জেলা কর্মসংস্থান অফিস")
N("awareness", "bn",
  "হুতরা হুনো, টিভিতে দেখাইছে লিবিয়া হই ইতালি নেওনের কতা কই দালালরা মানুষ আটকাই রাখে আর বাড়িতে টেয়া চায়। তোঁয়ারা কেউ এই হথে যাইবা না, আঁর কিরা লাগে")
N("awareness", "bn",
  "জেলা প্রশাসন, নোয়াখালী: মানব পাচার ও বাল্যবিবাহ প্রতিরোধে সচেতনতা সভা আগামী বুধবার সকাল ১০টায়, উপজেলা পরিষদ হলরুমে। অভিভাবকদের উপস্থিতি কাম্য।")
N("awareness", "bn",
  "মসজিদে ইমাম সাব জুম্মার হরে কইছে, মাইয়াগোরে বিদেশে বিউটি পার্লারে চাকরির কতা কইলে যাচাই না করি হাডাইয়েন না। ভালা কতা কইছে, বেগ্গুনে মনে রাখিয়েন")
# ---- bn-Latn
N("awareness", "bn-Latn",
  "FWD: Malaysia te calling visa r nam e 5-6 lakh taka nicche kichu dalal. Sorkari khoroch 79 hajar er moto. Agency r license BMET site e check korun, taka dile money receipt niben.")
N("awareness", "bn-Latn",
  "Sobai shuno, keu jodi bole 'passport ar 2 lakh advance dao, Dubai te hotel e job' — agei amake ba Sohel ke jiggesh korba. Ajkal onek dhoka hoy, amra chini bole ei kotha")
N("awareness", "bn-Latn",
  "Shared from Probashi group: bKash e msg ashe 'apnar remittance atke ache, PIN din' — eta fraud. Kono officer PIN chay na, kaure OTP diben na")
N("awareness", "bn-Latn",
  "Cambodia Myanmar e 'data entry job, beton 1 lakh, ticket free' — TV te dekhaise oikhane manush atke scam korai. Amader group er chelegula ke bolo dekhe shune apply korte")
N("awareness", "bn-Latn",
  "Upazila te RAB er campaign silo 'manob pachar theke sabdhan'. Shondehojonok kichu dekhle 999 e call korte bolse. Brochure er chobi dilam niche 👇")
# ---- en
N("awareness", "en",
  "Forwarded many times: IOM & BMET advise, never pay a recruiter in cash without a receipt; check the agency's licence number on the BMET website; leave copies of your passport and contract with family.")
N("awareness", "en",
  "PSA from Shathi: if any 'agency' messages you on WhatsApp offering nursing jobs in Italy with no IELTS and 'visa in 15 days', block and report. Real ones don't recruit through random DMs.")
N("awareness", "en",
  "News: police arrested a gang in Cox's Bazar for luring girls with fake job offers in Dubai. Please talk to the girls in the family, especially those finishing college. Sharing the link in the next msg.")
N("awareness", "en",
  "From Tanvir's school: Child Rights Week. Topic: no child under 14 should work in factories or as domestic help; every child in class. Parents please sign the pledge sheet by Thursday.")
N("awareness", "en",
  "Embassy of Bangladesh, Muscat notice (sharing for Rubel): workers whose employers keep their passports or delay salary can contact the labour wing. Email labour.muscat@mofa.gov.bd with your contract copy.",
  [("email", "labour.muscat@mofa.gov.bd")])


# ---------------------------------------------------------------- checks
def check(items):
    assert len(items) == 120, len(items)
    lab = Counter(i["label"] for i in items)
    assert lab["ok"] == 120, lab
    assert sum(1 for i in items if i["hard"]) >= 110
    voices = Counter(i["voice"] for i in items)
    assert voices == Counter(family=45, worker_content=25, chatter=20, joke=15, awareness=15), voices
    for v in voices:
        sc = Counter(i["script"] for i in items if i["voice"] == v)
        assert set(sc) == {"bn", "bn-Latn", "en"} and max(sc.values()) - min(sc.values()) <= 1, (v, sc)
    assert len({i["text"] for i in items}) == 120, "duplicate text"
    for i in items:
        text = i["text"]
        tdig = re.sub(r"\D", "", text.translate(BN_DIGITS))
        for e in i["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert v.startswith("+"), v
                d = v[1:]
                nsn = d[3:] if d.startswith("880") else d[2:]
                assert d in tdig or nsn in tdig, (t, v, text)
            elif t == "bd_nid":
                assert v.isascii() and v in text.translate(BN_DIGITS), (v, text)
            elif t in ("telegram", "instagram"):
                assert v.startswith("@") and (v in text or v[1:] in text), (v, text)
            elif t == "eth_address":
                assert v == v.lower() and v in text.lower(), v
            else:
                assert v in text, (t, v, text)
            if t == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v)
            if t in ("btc_address", "tron_address"):
                n = 0
                for ch in v:
                    n = n * 58 + B58.index(ch)
                raw = n.to_bytes(25, "big")
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
                assert raw[0] == (0 if t == "btc_address" else 0x41)
        if "wa.me/" in text:
            assert any(e["type"] == "whatsapp" for e in i["entities"])
        if "@" in text:
            assert any(e["type"] in ("telegram", "instagram", "email") for e in i["entities"]), text


def main():
    check(ITEMS)
    items = list(ITEMS)
    random.Random(3).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"voice3-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
