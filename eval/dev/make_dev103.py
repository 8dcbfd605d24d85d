#!/usr/bin/env python3
"""Blind dev set dev103: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a moderator of live-streaming apps (Bigo, TikTok Live, Likee)
who reads the chats of Bangladeshi 'host agencies' (gift targets, agency-held accounts and diamonds, private
shows, girls sent to Dubai 'for events', minors on the apps) alongside ordinary streamers' and fans' talk. Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev103.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + s


def btc(seed):
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


def tron(seed):
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def eth(seed):
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


BTC1 = btc("dev103-btc-1")
TRON1 = tron("dev103-tron-1")
ETH1 = eth("dev103-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
RD, FD, PP, IC = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LE, TC, SE, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "দুবাই নিয়া আসছে ইভেন্টে হোস্টিং করার কথা বইলা, ভিসা দিছে ভিজিট। এখানে আইসা দেখি কোন ইভেন্ট টিভেন্ট নাই, একটা ফ্ল্যাটে আমরা ৬ জন মেয়ে, এখন বলে রাতে ক্লাবে নাচতে হবে 😢 আপু কাউরে বইলো না এখনো")
F(RD, "bn", "🔥দুবাইতে বাংলাদেশি হোস্ট মেয়ে লাগবে🔥 ইভেন্ট + শো, মাসে ৩ লাখ টাকা ইনকাম, ভিসা টিকেট থাকা খাওয়া সব ফ্রি!! কোন অভিজ্ঞতা লাগবে না শুধু দেখতে সুন্দর আর স্মার্ট হইতে হবে, বয়স ১৮-২৫। সিরিয়াস হলে ফুল ছবি দিয়া হোয়াটসঅ্যাপ করেন +971 52 334 7781",
  [("phone", "+971523347781")])
F(RD, "bn", "টিকটক অফিস থেকে বলছি, আপনার লাইভ দেখে আপনাকে সিলেক্ট করা হয়েছে মালয়েশিয়ায় টিকটক শপের লাইভ সেলার পদে। বেতন ২৫০০ রিংগিত। আপাতত ট্যুরিস্ট ভিসায় যাবেন, কাজের পারমিট ওখানে গিয়ে আমরা করে দিব, এয়ারপোর্টে কাউকে কাজের কথা বলবেন না")
F(RD, "bn-Latn", "join korar age bolse fixed 40k, target lagbe na, sudhu 2 ghonta gossip live. ekhon bole 1 lakh beans na hole 0 taka 🙂 r ami je contract e sign korsi oita naki 6 mash er, majhe chere dile jorimana. apu ami ki korbo")
F(RD, "bn-Latn", "Dubai te BD host der jonno 10 din er party event ase, 2 lakh cash hate, sob khoroch amader. sudhu DJ party te host korba r guest der sathe chill. tomar passport no EB0412387 thik ase to? scan ta aj e pathao visa 3 din e hoye jabe, kauke bolar dorkar nai family ke bolba shooting",
  [("bd_passport", "EB0412387")])
F(RD, "bn-Latn", "oi je Rimi ke 'brand ambassador' bole Singapore niye gelo na? ekhon shunlam oikhane kono brand nai, ekta spa te rakhse, customer der massage kore. Insta o off, ma ke bole 'office e busy'")
F(RD, "en", "Hi dear 🌸 we are hiring female hosts for our Dubai studio, live streaming from luxury apartment, 2500 AED/month + bonus, visa & ticket free, no experience needed. Only girls 18-24 who are open minded 😉 send 3 full body pics here wa.me/971501234567",
  [("whatsapp", "+971501234567")])
F(RD, "en", "they said studio job with proper contract. when I landed the contract they gave me said 'entertainment staff' and the salary was half of what they told me on whatsapp. manager said sign it or buy ur own ticket back home")

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F(FD, "bn", "জয়েনিং ফি ৫০০০ টাকা, এর মধ্যে আইডি ভেরিফাই, রিং লাইট আর ট্রেনিং। টাকা না দিলে হোস্ট আইডি একটিভ হবে না। বিকাশ পার্সোনাল ০১৮১৯-৪৪৭১২৩ এ সেন্ড মানি করে স্ক্রিনশট দেন",
  [("phone", "+8801819447123")])
F(FD, "bn", "টিকেট ভিসা সব নাকি ম্যাডামের টাকায়, এখন বলে আমার নামে ৪ লাখ টাকা দেনা। প্রত্যেক শো এর টাকা থেকে কাইটা রাখে, হিসাব দেখাইতে বললে বলে বেশি কথা বলবা না। কবে শোধ হবে আল্লাহ জানে")
F(FD, "bn", "রিং লাইট মেকাপ নতুন আইফোন সব এজেন্সির টাকায় কেনা হইছে, এখন বলতেছে ওইগুলার দাম ৭০ হাজার, প্রতি মাসের ডায়মন্ড থেকে কাটবে। পুরা টাকা শোধ না হওয়া পর্যন্ত এজেন্সি চেঞ্জ করতে পারবো না")
F(FD, "bn-Latn", "tomar passport visa processing e 1.8 lakh khoroch hoise, oita tomar naam e lekha ase khatay. Dubai giye protita show er 40% ami rakhbo jotodin na shodh hoy. ar khawa thaka alada hisab")
F(FD, "bn-Latn", "amar ammu agency theke 60 hajar advance niye felse apu, ekhon bole oi taka kata na hoa porjonto ami onno kothao jete parbo na. prottek shoptah e 8000 kete rakhe, 5 mash hoye gelo taka to sesh hoy na")
F(FD, "en", "madam said flat rent, food, makeup artist, even the wifi gets added to my 'balance'. I made almost 9000 AED this month and she says I still owe 14000. every month it goes up not down. how is that possible")
F(FD, "en", "Registration fee 3500tk (non refundable) pay to bkash personal 01812-445671 and send ss. after payment you get host ID + training. If you quit before 90 days you pay 25000 penalty for 'agency loss' as per agreement",
  [("phone", "+8801812445671")])
F(FD, "en", "babe the ticket back to Dhaka isn't free, you know that. you still have 2.5 lakh left on your account with us. finish the December events and we talk about going home")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F(PP, "bn", "সব হোস্টের ডায়মন্ড উইথড্র হবে এজেন্সির মাস্টার আইডি থেকে, তোমরা নিজেরা উইথড্র দিবা না। পাসওয়ার্ড যে চেঞ্জ করবে তার মাস বাতিল। মাস শেষে যার যা হিসাব আমি নগদে পাঠামু")
F(PP, "bn", "আজকের প্রাইভেট কলের টাকা কাস্টমারকে এই বিকাশে পাঠাইতে বলবা ০১৭৯৮-২২৩৩৪৪, নিজের নাম্বার কখনো দিবা না। রেফারেন্সে লিখতে বলবা 'রিচার্জ'। টাকা আসলে আমি তোমারে কল ঢুকায় দিব",
  [("phone", "+8801798223344")])
F(PP, "bn-Latn", f"bhai 4 ta girl er beans convert kore USDT te pathao, TRC20: {TRON1} . bkash e ar dio na, last mash e 2 ta account freeze khaise",
  [("tron_address", TRON1)])
F(PP, "bn-Latn", "customer ke bolo agey payment, 15 min video call 2000, nagad 01911-556677 e. TxnID er ss na dile call e dhukabo na. taka ami collect korbo, tmi sudhu camera on rakhba",
  [("phone", "+8801911556677")])
F(PP, "bn-Latn", "apu tomar Bigo ID r password amar kache thakbe, withdraw amar bank account e jabe, eta agency rule. tmi mash sheshe 20% paba, baki ta host maintenance. beshi proshno korle ID block")
F(PP, "en", "sending today's collection: 3 girls, 1,45,000 tk total. cash out from different agents around Mirpur 10, not one shop. keep each under 25k. delete the msgs after, Hasan bhai will adjust the Dubai side by hundi")
F(PP, "en", f"client pays in crypto only, no cash. BTC to {BTC1} . after 1 confirmation I send the girl's room no. BD share I'll pass to the agency owner, don't mention names in this group",
  [("btc_address", BTC1)])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F(IC, "bn", "ফোনটা ম্যানেজার রাইখা দিছে, শুধু লাইভের সময় দেয় তাও পাশে বইসা থাকে। আম্মুর সাথে কথা বলতে দেয় না। এইটা রুমমেটের ফোন থেকে লিখতেছি, রিপ্লাই দিও না প্লিজ, দেখলে সমস্যা")
F(IC, "bn", "বাসায় কেউ জিজ্ঞেস করলে বলবা পার্লারে কাজ করো। এজেন্সির কথা, দুবাইয়ের কথা কাউরে বলবা না, বান্ধবীদেরও না। বললে কিন্তু পরে আমার দোষ দিবা না")
F(IC, "bn-Latn", "amader hostel theke ber hote dey na apu, gate e tala dewa thake, bazar o ora kore dey. ek mash hoye gelo ami rasta dekhi nai, sudhu room r live er studio")
F(IC, "bn-Latn", "tomar insta @nusrat.glam_ ta deactivate koro ar purano friend der sob block dao. ekhon theke tomar sob kotha amar sathe hobe, fan der sathe o ami reply dibo. bujhso?",
  [("instagram", "@nusrat.glam_")])
F(IC, "bn-Latn", "passport madam er locker e. bolse event sesh hole ferot dibe, 3 mash hoye gelo. chaile bole 'tumi ki palaba naki?' 🙂")
F(IC, "en", "Reminder to all girls: NO going out alone. Driver takes you to shows and back. Phones to be handed to Rubel bhai at 10pm sharp. Anyone caught with a second phone will be fined and lose her slot.")
F(IC, "en", "im in Ajman i think?? they moved us twice at night, i dont know the address. pls dont call this number its the guards, he lets me use it 5 min only")
F(IC, "en", "give me your tiktok login, I'll handle your DMs from now. you don't reply to anyone yourself, not fans, not family. if your mom calls you tell her you're busy with training")

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F(LE, "bn", "দিনে ১২-১৩ ঘণ্টা লাইভ, দুপুরে আর রাতে দুইবার PK। ঘুম ৪ ঘণ্টাও হয় না। টার্গেট না হইলে রাতের খাবার বন্ধ, বলে 'খাইয়া কি করবা, গিফট তো আনো না'")
F(LE, "bn", "৩ মাসের সেলারি আটকায় রাখছে, বলে পরে একসাথে পাবা। প্রত্যেক মাসে টার্গেট পূরণ করছি, স্ক্রিনশট আছে, তাও এক টাকা দেয় নাই। চাইলে বলে এজেন্সি লসে আছে")
F(LE, "bn-Latn", "jor kore live e boshay apu, 102 jor er moddheo boste hoise kal. off day nai, ekdin boslam na bole target miss, tai salary o nai. chere dite chaile bole contract sesh hoy nai")
F(LE, "bn-Latn", "salary theke fine kete rakhe, camera off korle 500, hashi na dile 200, 10 min late hole 1000. mash sheshe hate 3000 taka ase, ar 14 ghonta kore live di")
F(LE, "en", "we stream 8pm to 8am in shifts on the same bed, 4 girls one room. one meal at 4pm. if the room drops under 200 viewers she cuts dinner for everyone")
F(LE, "en", "contract was 6 months, it ended in Oct. now they say I must do 6 more because I 'broke target rules'. I can't quit, the account is theirs, the followers are theirs, they say even my face is theirs lol")
F(LE, "en", "3 events back to back, no sleep since yesterday morning, madam says rest after friday. feet bleeding from the heels, still no payment for last month or the one before")

# threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F(TC, "bn", "এজেন্সি ছাড়লে তোর প্রাইভেট কলের রেকর্ডিং তোর বাপের কাছে যাবে, তোদের এলাকার ফেসবুক গ্রুপেও দিমু। ভাইবা দেখ কী করবি")
F(TC, "bn", "দুবাইতে তোর ভিসার মেয়াদ শেষ, আমি না চাইলে তুই জেলে যাবি। পুলিশে ফোন দিলে তোর নামেই কেস হবে, আমার কিছু হবে না। চুপচাপ কাজ কর")
F(TC, "bn", "তোর ছোট বোনটা ক্লাস নাইনে পড়ে না? ওর স্কুল কোনটা আমি জানি। কাল থেকে ঠিকমত লাইভে বসবি, আর যেন না বলতে না হয়")
F(TC, "bn-Latn", "ar ekbar complain korle tor ID ban koraya dibo, sob followers shesh. tor ma ke phone kore bolbo tui raat e ki kaj koros, dekhi kon bari te biye hoy tor")
F(TC, "bn-Latn", "kal rate Shuma re marse apu, chul dhore tene niye gese pasher room e, karon VIP er sathe jaite chay nai. sokal theke or phone off. ami bhoy paitesi amar o same hobe")
F(TC, "en", "madam's brother slapped me in front of everyone because I refused the VIP guest. he said next time it will be worse and nobody in Bangladesh will ever find me")
F(TC, "en", "if you go to the embassy we report you absconded, you know what they do with girls in jail here. think about your mother before you do something stupid")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F(SE, "bn", "যারা প্রাইভেট রুমে যাবে তাদের টার্গেট অর্ধেক। কাস্টমার যা বলবে তাই করতে হবে, ক্যামেরা অফ করা যাবে না, কাপড় নিয়ে ঢং করবা না। রাজি না থাকলে নরমাল লাইভে বসো কিন্তু সেলারি পাবা না")
F(SE, "bn", "আজ রাতে হোটেলে ভিআইপি গেস্ট আসবে, ম্যাডাম বলছে আমারে আর তানিয়ারে যাইতে হবে। শো না, বলে 'সঙ্গ দিতে'। না গেলে দেশে ফেরার টিকেট দিবে না বলছে")
F(SE, "bn", "ভাই নতুন মাল আসছে দুবাই, বাংলাদেশি, একদম ফ্রেশ, বিগোর হোস্ট ছিল। রেট ১৫০০ দিরহাম নাইট, শুধু হোটেল আউটকল। ছবি লাগলে হোয়াটসঅ্যাপে নক দেন +971 5️⃣5️⃣ 4️⃣3️⃣2️⃣ 1️⃣0️⃣9️⃣8️⃣",
  [("phone", "+971554321098")])
F(SE, "bn-Latn", "top fan ke video call e ja chay dekhao, 1 lion = 5 min. ami screen record kore rakhbo jate pore 'na' bolte na paro. taka ami nibo, tomar share mash sheshe")
F(SE, "bn-Latn", "bhai Bigo te notun 3 ta host ase, sobai real, private show available 🔞 rate ar location inbox e. telegram e knock den @night_rose_bd",
  [("telegram", "@night_rose_bd")])
F(SE, "bn-Latn", "madam bole birthday party te jete hobe, kintu oi party te amader diye drink serve koray r pore guest der room e pathay. gelo bar Nila kandte kandte fire ashse, kichu bole na")
F(SE, "en", "New Bangladeshi girls in Dubai Marina 🌹 hosts from Bigo, 100% real pics, outcall hotel only. Booking through manager only wa.me/971529876543",
  [("whatsapp", "+971529876543")])
F(SE, "en", "she wants us to do 'special rooms' where users pay coins to make us undress bit by bit. girls who refuse get moved to the 3am slot with no gifts and she calls them useless in the group")

# minors (7: bn 2, bn-Latn 3, en 2)
F(MN, "bn", "মেয়েটার বয়স ১৫, কিন্তু আইডিতে ২১ দিছি, ফেস ভেরিফিকেশনে বড় আপুর ছবি দিয়া পাস করাইছি। স্কুল ড্রেস পইরা লাইভে বসলে গিফট ডাবল আসে, কাউরে বলার দরকার নাই")
F(MN, "bn", "ক্লাস এইটের মেয়েদের এজেন্সিতে নিলে সমস্যা নাই, মায়ের আইডি দিয়া একাউন্ট খুলবা। মায়ের এনআইডি নং: ১৯৮৫২৬৯৪৭১২৩৪৫৬৭৮ এইটা দিয়ে দুইটা একাউন্ট হইছে, রাতের স্লটে বসাইবা",
  [("bd_nid", "19852694712345678")])
F(MN, "bn-Latn", "ei meye ta 14 bochor kintu dekhte boro lage. Dubai pathabo event e, passport e boyos 19 kore dibo, oitar jonno 25k extra lagbe. family ke bolbo parlour er kaj")
F(MN, "bn-Latn", "bachha meye der demand beshi bhai, 16-17 hole VIP ra double gift dey. ami 2 ta recruit korsi school er samne theke, ekjon er abba jane na")
F(MN, "bn-Latn", "apu ami class 10 e pori, agency bolse raat 1 tar por live e boste, ammu ke bolsi porte boshi. ekhon manager bolche private e jete, na gele ammu ke sob bole dibe")
F(MN, "en", "the new host is 13, her cousin set up the account. agency put her on the night slot because the 'uncle' viewers pay more for the young ones. she thinks it's just talking")
F(MN, "en", "need 3-4 girls age 15 to 17 for Malaysia, household + 'entertainment'. birth certificate we will change. pay the parents 50k advance, rest after she sends money home")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn", "দুবাইয়ে ‘ইভেন্টে কাজের’ কথা বলে তরুণী পাচার: লাইভ স্ট্রিমিং এজেন্সির মালিকসহ গ্রেপ্তার ৩। র‍্যাব জানায়, চক্রটি বিগো লাইভে হোস্ট হিসেবে মেয়েদের যুক্ত করে পরে ভ্রমণ ভিসায় বিদেশে পাঠাত।")
N("news", "en", "Police in Dhaka detained two people running an unregistered live-streaming 'host agency' accused of holding women's passports and forcing them to perform online, officials said on Tuesday.")
N("news", "bn-Latn", "Breaking 🔴 Mirpur e Bigo agency er malik arrest, 12 jon meye uddhar, police bolse passport r phone joma rakhto. details comment e 👇")
N("news", "en", "TikTok said it removed over 1.2 million accounts in Bangladesh in the second quarter for guideline violations, including users under 18 who had gone live.")
N("news", "bn", "অনলাইন জুয়া ও লাইভ অ্যাপে গিফট কেনার টাকা জোগাতে মোবাইল ব্যাংকিং ব্যবহার, ৩০টি বিকাশ ও নগদ অ্যাকাউন্ট জব্দ করেছে বিএফআইইউ")
N("news", "en", "The court granted bail to the agency owner. The prosecution said the victims, two of them minors, had been promised jobs as 'event hosts' in the UAE and forced into sex work.")
N("news", "bn", "ভারতে নারী পাচার মামলায় বাংলাদেশি এক টিকটকারসহ সাতজনের যাবজ্জীবন। ভুক্তভোগীদের ভিডিও বানানোর প্রলোভন দেখিয়ে সীমান্ত পার করানো হয়েছিল বলে আদালত জানান।")
# awareness
N("awareness", "bn", "⚠️সতর্কতা⚠️ 'দুবাইতে ইভেন্ট হোস্ট, মাসে ৩ লাখ' এমন অফার দেখলে ইনবক্সে ছবি পাঠাবেন না, পাসপোর্টের কপি দিবেন না। সন্দেহ হলে ৯৯৯ এ কল করুন। শেয়ার করে সবাইকে জানান 🙏")
N("awareness", "bn-Latn", "apura please keu agency join korar age taka diben na. asol Bigo agency kono joining fee ney na. keu passport chay, Dubai niye jete chay – screenshot rekhe report koren, group e janan")
N("awareness", "en", "PSA for parents: TikTok LIVE is 18+. If your child is going live late at night and getting gifts, check who is messaging them and who is asking for 'private' calls. Child helpline: 1098.")
N("awareness", "en", "Forwarded as received: Girls, NEVER hand your account password to an 'agency manager'. Your diamonds are your income. Withdraw to your own bKash only, and no real agency takes your phone.")
N("awareness", "bn", "মানব পাচার প্রতিরোধে উঠান বৈঠক: বিদেশে চাকরি বা শো এর নামে মেয়েদের নিয়ে যাওয়ার আগে বিএমইটিতে যাচাই করুন, দালালের হাতে পাসপোর্ট দিবেন না, ভিজিট ভিসায় কাজ হয় না।")
N("awareness", "bn-Latn", "Bigo er official notice forward korlam: amra kono host ke private show korte boli na, keu bolle app e report koren. boyos 18 er niche hole account ban hobe, agency o ban.")
N("awareness", "en", "If someone you know was taken abroad for 'shows' and can't come back, call our counselling line +880 1713-000111 (free, confidential). We work with the embassy labour wing.",
  [("phone", "+8801713000111")])
# official
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: স্মার্ট কার্ড ছাড়া কোনো কর্মী বিদেশে বহির্গমন করতে পারবেন না। কোনো দালাল বা ব্যক্তিকে নগদ টাকা দেবেন না, নির্ধারিত ফি ব্যাংকে জমা দিন।")
N("official", "en", "Rahman Overseas Ltd (RL-1437). Hiring 40 female sewing operators for Jordan. Salary JOD 220 + OT, free accommodation, visa and air ticket paid by employer. No fee charged to workers. Apply in person at our Banani office with passport. BMET registration required.")
N("official", "en", "Embassy of Bangladesh, Abu Dhabi: Bangladeshi nationals in distress, including those on visit visas, may contact the Labour Wing 24/7 at +971 50 123 4001 or labourwing.auh@mofa.gov.bd",
  [("phone", "+971501234001"), ("email", "labourwing.auh@mofa.gov.bd")])
N("official", "bn", "‘আমি প্রবাসী’ অ্যাপে নিবন্ধন করুন। সরকার নির্ধারিত অভিবাসন ব্যয়ের বেশি টাকা চাওয়া হলে রিক্রুটিং এজেন্সির লাইসেন্স নম্বর উল্লেখ করে অভিযোগ করুন।")
N("official", "en", "Official Bigo Live Agency Agreement (summary): the host keeps full ownership of her account and beans. Agency commission is paid by the platform and is not deducted from the host. Hosts under 18 are not permitted. Either side may end the agreement with 7 days notice.")
N("official", "bn-Latn", "BAIRA member agency, RL 0923. Malaysia factory job er jonno sorkar nirdharito khoroch 79000 taka, er beshi kono taka dite hobe na. taka bank e joma hobe, money receipt deya hobe. kono dalal er sathe lenden korben na.")
# receipt
N("receipt", "en", "You have received Tk 4,500.00 from 01712345678. Ref: bigo salary Nov. Fee Tk 0.00. Balance Tk 6,230.50. TrxID BGH7K2LM9Q at 03/12/2026 21:14",
  [("phone", "+8801712345678"), ("mfs_transaction", "BGH7K2LM9Q")])
N("receipt", "en", "Money Received. Amount: Tk 12000.00 Sender: 01898765432 Ref: Dubai ticket refund TxnID: 7HX4PQ2M Balance: Tk 12540.00",
  [("phone", "+8801898765432"), ("mfs_transaction", "7HX4PQ2M")])
N("receipt", "en", "Cash-In from A/C: ***4412 Tk 3,000.00 Fee: Tk 0.00 Balance: Tk 3,410.00 TxnId: 8812345670",
  [("mfs_transaction", "8812345670")])
N("receipt", "bn", "আপনি ০১৬১১২২৩৩৪৪ নম্বর থেকে ৳২,০০০.০০ পেয়েছেন। রেফারেন্স: এজেন্সি বোনাস। ব্যালেন্স ৳২,৪৫০.০০। TrxID CKL8M3N2P1",
  [("phone", "+8801611223344"), ("mfs_transaction", "CKL8M3N2P1")])
N("receipt", "en", "Payment of Tk 1,050.00 to Merchant 01755667788 (GameCoin BD) is successful. 700 Bigo diamonds will be added within 10 minutes. TrxID DFR5T6Y7U8",
  [("phone", "+8801755667788"), ("mfs_transaction", "DFR5T6Y7U8")])
N("receipt", "en", "Your Google Play order receipt from Dec 4, 2026. TikTok - 1,400 Coins. Total BDT 2,350.00 (incl. VAT). Paid with bKash.")
# family
N("family", "bn", "আম্মু, মিতুর পাসপোর্ট (A09876543) এর জন্য কাল আগারগাঁও যাইতে হবে ফিঙ্গারপ্রিন্ট দিতে, সকাল ৯টায়। ওর জন্মনিবন্ধনের কপি আর তোমার এনআইডি রাইখো",
  [("bd_passport", "A09876543")])
N("family", "bn-Latn", "abbu Dubai te mama je chakri ta dise oita hotel reception er, offer letter email e aise, ami BMET site e agency ta check korsi licence valid. tmi tension nio na, ticket company dibe")
N("family", "bn", "ভাইয়া মেয়ের বাবা দেনমোহর ৩ লাখ চাইছে, আমরা দেড় লাখে রাজি করাইছি। বিয়ের বাজারের জন্য বিকাশে ২০ হাজার পাঠাইছি আম্মুর নাম্বারে, দেইখা নিও")
N("family", "bn-Latn", "tui raat 2 tay ki korish phone e? Riya bollo tui tiktok live e bosos. kal theke 11 tar por phone amar kache thakbe, porikkha samne, kono kotha hobe na")
N("family", "en", "Mom I'm fine 😊 hostel is nice, they took our passports only for the visa stamping and gave them back today. first salary comes on the 5th, will send you bkash")
N("family", "bn", "চাচা সৌদি থেকে ৫০ হাজার পাঠাইছে। ২০ হাজার দিয়া এনজিওর কিস্তি দাও, বাকিটা রিয়ার স্কুলের ভর্তি আর ওর নতুন মোবাইলের জন্য রাখো, মোবাইল কিন্তু রাতে তোমার কাছে থাকবে")
# worker_content
N("worker_content", "bn-Latn", "alhamdulillah ei mash e target complete 🎉 agency theke 32k salary pelam nijer bkash e. thanks amar sob fans ke, kal rat 9 tay PK ase sobai aso ❤️")
N("worker_content", "bn", "এজেন্সি চেঞ্জ করলাম, আগের এজেন্সি কমিশন বেশি কাটত। নতুনটায় বিন সরাসরি আমার আইডিতে আসে, মাস শেষে নিজেই উইথড্র দেই। ম্যানেজার আপু অনেক হেল্পফুল")
N("worker_content", "en", "honestly the Dubai trip was legit, the brand paid flights + hotel, we did 2 mall events and I had my passport the whole time lol. the heat tho 🥵 and got paid before leaving")
N("worker_content", "bn-Latn", "aj 6 ghonta live korsi gola shesh 😩 kintu target er kache, 2 ta lion aslei done. keu ekta rose o diye jao please, kal off day ghumabo")
N("worker_content", "bn", "আমার এজেন্সি ম্যানেজার ভালো, টার্গেট না হলেও বেসিক দেয়, শুধু একটু বকাঝকা করে 😂 লাইভের সময় আম্মু পাশে বইসা থাকে আর কমেন্ট পড়ে")
N("worker_content", "en", "Malaysia update: factory job is boring but salary on time, RM1800 + OT, permit renewed last week. boss kept nothing, my passport is in my own drawer. missing home food")
# joke
N("joke", "bn-Latn", "amar boss amake trafficking e fashaise... Mohakhali flyover er traffic e 3 ghonta atke chilam 😂😂")
N("joke", "bn", "বউ আমার ফোন জব্দ কইরা রাখছে, বলে বিগো লাইভে আর গিফট দিলে ঘরে ভাত বন্ধ 😭 এইটা কি মানবাধিকার লঙ্ঘন না ভাই?")
N("joke", "en", "my mom holds my passport like it's a hostage situation 'you'll get it back after your wedding' 💀")
N("joke", "bn-Latn", "Dubai event e jabo bolle ammu bole 'Dubai na, Daudkandi jaa, mamar biye' 😂 event planner amar ma")
N("joke", "en", "agency manager: 'target 1 lakh beans this month'. me with 14 viewers, 3 of them my cousins and 1 is my nani 🤡")
# chatter
N("chatter", "bn-Latn", "bhai ei PK te amar host harle ami 10 ta lion dibo, keu ki amar sathe gift korba? top fan hote chai ei mash")
N("chatter", "bn", "এই আপু কি এখনো বিগোতে আছে? আগে প্রতিদিন রাতে লাইভ করত, এখন দেখি না। কারো কাছে ওর ইনস্টা আছে? — হ্যাঁ @mim.cooks_bd এখন ইনস্টায় রান্নার ভিডিও দেয়",
  [("instagram", "@mim.cooks_bd")])
N("chatter", "en", "anyone know a good agency in Chattogram for Bigo? my sister wants to stream cooking, not looking for anything shady, just honest commission and no joining fee")
N("chatter", "bn-Latn", "ei host re ban dise, bolse underage. pore or boyos 22 proof kore NID diye verify korlo, account ferot paise. app er AI o bhul kore 😑")
N("chatter", "en", "the 'private room' on Likee is just the paid group chat feature btw, it's not what you think. you pay coins to join a smaller chat with the host, she still sings and talks")
N("chatter", "bn", "ভাই দুবাই কনসার্টে কে কে যাচ্ছেন? টিকেট ২৫০ দিরহাম, বাংলাদেশি শিল্পীরা আসবে, ভিজিট ভিসা করাইছি ট্রাভেল এজেন্সি দিয়া")
N("chatter", "bn-Latn", f"bhai binance P2P theke 50 USDT kine tomar ETH address e pathaisi {ETH1} , check koro. taka ta eid er por ferot dio, kono tension nai",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "good morning everyone ☀️ who's watching the match tonight", hard=False)
N("family", "bn", "আম্মু আজকে রাতে খিচুড়ি রান্না কইরো, বৃষ্টি হইতেছে", hard=False)
N("chatter", "bn-Latn", "kal class ase? sir ki assignment er deadline barailo?", hard=False)
N("worker_content", "en", "new video up! 5 minute eyeliner for hooded eyes, link in bio 💄", hard=False)
N("news", "bn", "আজ দেশের বিভিন্ন স্থানে হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা রয়েছে: আবহাওয়া অধিদপ্তর", hard=False)
N("joke", "bn-Latn", "biryani ke bhat bola jay na, biryani holo emotion 😌", hard=False)
N("receipt", "en", "Your Foodpanda order has been delivered. Total Tk 640. Rate your rider!", hard=False)
N("chatter", "bn", "লাইভে গানটা দারুণ হইছে আপু, আরেকটা গাও প্লিজ ❤️", hard=False)
N("family", "bn-Latn", "bhaiya eid e bari ashbi kobe? bus er ticket kata hoise?", hard=False)
N("official", "bn", "বিদ্যুৎ বিল পরিশোধের শেষ তারিখ ১৫ ডিসেম্বর। নির্ধারিত সময়ের পর বিলম্ব মাশুল প্রযোজ্য হবে।", hard=False)

# ---------------------------------------------------------------- checks
def check(items):
    assert len(items) == 120, len(items)
    lab = Counter(i["label"] for i in items)
    assert lab["flag"] == 60 and lab["ok"] == 60, lab
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    cats = Counter(i["category"] for i in items if i["label"] == "flag")
    assert len(cats) == 8 and all(7 <= v <= 8 for v in cats.values()), cats
    for cat in cats:
        sc = Counter(i["script"] for i in items if i["category"] == cat)
        assert len(sc) == 3 and max(sc.values()) - min(sc.values()) <= 1, (cat, sc)
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
    random.Random(103).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev103-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
