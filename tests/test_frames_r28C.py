"""Round 28 of issue 15, part C: precision. Innocent scenes read from the training false alarms (the
fresh writers dev150-dev153 first), tested as grids: each scene's innocent phrasings in the scripts
where the class exists are not hit by the rule named, and the indicator the rule exists for, said
beside the same words, still fires. None of these sentences is a set's.

1. A RELATIVE'S GOOD NEWS FROM ABROAD (dr.contract_substitution, dr.papers_promised_not_made): the one
   abroad said to be legal, the company good, no trouble with the iqama, with no "but", "actually" or
   "now I see" after it and no promise recalled, is no contract switched and no paper left unmade; the
   promise recalled and broken ("bolechilo legal company, kintu ese dekhi ..."), and the iqama still
   waited for months on, stay flagged.
2. THE FAMILY'S OWN MONEY IN LAKHS (fd.fee_above_cap): the sum sent home with its verb a few words on
   ("2 lakh pathabe bazar er jonno", "মাসে দেড় লাখ টাকা পাঠায়", "sends home 2 lakh"), and a land, flat
   or cattle broker's price with no country, visa or job abroad named; the broker's "5 lakh pathaben"
   for a visa, and a land broker who offers a visa, stay flagged.
3. THE PAPERS READY OR KEPT BY THEIR OWNERS (doc.passport_retained): the newcomers told to keep their
   own passports, everyone told to keep their documents ready, a trip's "passport visa sob ache", with no
   deposit, handing over or "with me" in the message; "ready rakhben, office e jama dite hobe" and the
   recruiter's "passport amar kache thakbe" stay flagged.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (rule that must not hit the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'good_news_contract': ('dr.contract_substitution', [
        'my uncle says the company is good company, now he wants to take my cousin there for the same job',
        'Her cousin says he is legal in Spain, same restaurant for five years. Now she wants to go too',
        'chacha bolse oi company valo, ekhon amar bhai ke nite chay, same kaj',
        'fupu bolse jamai Portugal e legal, ekhon family visa er kaj cholche',
        'খালু বললো কোম্পানি ভালো, এখন আবার যাইতে চায় একই কাজে',
        'চাচি বললো জামাই ইতালিতে লিগ্যাল, এখন বউরে নিতে চায়',
    ], [
        'agent bolechilo legal company, kintu ese dekhi visa nai ar kaj nai',
        'they told me it was a legal job in a hotel but now I clean toilets',
        'বলেছিল বৈধ ভিসা আর হোটেলের কাজ, কিন্তু এখন মরুভূমিতে ছাগল চরাই',
    ], 'dr.contract_substitution'),
    'good_news_iqama': ('dr.papers_promised_not_made', [
        'my cousin says he never had any problem with the iqama there, he wants to go back',
        'chacha bolse iqama niye kono jhamela hoy nai, abar jabe',
        'চাচা বলছে ওখানে ইকামা নিয়া কোনো ঝামেলা হয় নাই, আবার যাইতে চায়',
    ], [
        'dalal bolse 3 mash er moddhe iqama hobe, 8 mash hoye gelo kichui hoy nai, kono jhamela nai bolechilo',
        'দালাল বলছিল ৩ মাসের মধ্যে ইকামা হবে, ৮ মাস হয়ে গেল কিছুই হয় নাই, কোনো ঝামেলা নাই বলছিল',
    ], 'dr.papers_promised_not_made'),
    'money_sent_home': ('fd.fee_above_cap', [
        'my brother works in Qatar and sends home 2 lakh every few months for the house',
        'bhaiya Dubai te kaj kore, eid er age 2 lakh pathabe, ghor er chal thik korbo',
        'ভাইয়া কাতারে কাজ করে, প্রতি মাসে দেড় লাখ টাকা পাঠায় সংসারের জন্য',
    ], [
        'Malaysia jete 5 lakh pathaben ei bkash e, visa 1 mash e hobe, dalal bhai bolse',
        'মালয়েশিয়া যেতে ৫ লাখ পাঠাবে দালালের কাছে, ভিসা এক মাসে',
        'the agent wants 5 lakh for the Malaysia visa, send it to his bKash today',
    ], 'fd.fee_above_cap'),
    'land_broker': ('fd.fee_above_cap', [
        'the plot broker near the school wants 3 lakh for the land, too much',
        'jomir dalal bolse pukur par er jomi 3 lakh er kom e dibe na',
        'জমির দালাল কয় রাস্তার পাশের জমি ৫ লাখের কম দিবে না',
    ], [
        'jomir dalal bolse Italy visa kore dibe 8 lakh, agrim lagbe',
        'জমির দালাল কয় সৌদি ভিসা ৫ লাখ, আগে টাকা দিতে হবে',
    ], 'fd.fee_above_cap'),
    'papers_kept_ready': ('doc.passport_retained', [
        'told the new boys to keep their own passports, I will take them to buy SIM cards',
        'Tomorrow the airport queue will be long, everyone please keep your documents ready',
        'notun der passport nije rakhte bolsi, bikale SIM kinte niye jabo',
        'kal airport e line hobe, shobai documents ready rakhben',
        'নতুনদের পাসপোর্ট নিজের কাছে রাখতে বলছি, বিকালে সিম কিনতে নিয়া যামু',
        'মামার বাসায় তিন দিন থাকবো, পাসপোর্ট ভিসা সব আছে, চিন্তা কইরো না',
    ], [
        'passport ready rakhben, office e jama dite hobe, ami rekhe dibo',
        'Passport amar kache thakbe, sob ache, shudhu taka ta pathan',
        'পাসপোর্ট রেডি রাখবেন, অফিসে জমা দিতে হবে, কাজ শেষ হলে ফেরত',
    ], 'doc.passport_retained'),
}


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[1]))
def test_innocent_family_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[2]))
def test_true_family_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
