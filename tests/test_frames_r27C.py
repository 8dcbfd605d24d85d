"""Round 27 of issue 15, part C: precision. Innocent scenes read from the training false alarms (the
fresh writers dev142-dev149 first), tested as grids: each scene's innocent phrasings in the scripts
where the class exists stay below the review line (or the rule named does not hit them), and the
indicator the rule exists for, said beside the same words, still fires. None of these sentences is a
set's.

1. A HELP DESK'S NOTICE (neg.awareness_news): a demand named after "if anyone asks" ("asks you for
   money", "asks cash for the visa") is no coached cover line; "shotorko" warns as "sotorko" does; a
   notice to a relative's family ("if your relative abroad ...", "apnar attiyo jodi ...") and "write to
   us" are one cue each. The coached "if anyone asks, you are my niece" keeps the message flagged.
2. A TICKET BOUGHT, A CUT THE CONTRACT NAMED, THE BASIC PAY UNTOUCHED (fd.debt_by_work): "shudhu ticket
   ta tumi katba", "jeta contract e lekha chilo", "বেসিক বেতন ঠিক থাকে"; the ticket's money cut from the
   pay, and a ticket the recruiter buys, stay as they were.
3. A FEE FOR NO JOB (fd.advance_fee): one's own trip, a study abroad, a prize "won", with no job, work or
   pay in the message; a tourist or student visa with a job beside it keeps the fee.
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'help_desk': ('line', [
        'Notice to jobseekers: pay the agency only by bank. If anyone asks you for cash to speed up your visa, report it to the district office 01711-000222',
        'If your relative in Oman is not paid or their passport is kept, write to us at help.desk@example.org. Your name will not be shared.',
        'apnar attiyo jodi bideshe beton na pay ba passport atke rakhe, amader likhun, nam gopon thakbe',
        'আপনার আত্মীয় যদি বিদেশে বেতন না পায় বা পাসপোর্ট আটকে রাখে, আমাদের লিখুন, নাম গোপন থাকবে',
        'sobai shotorko thakun! kono agent passport rekhe dite chaile raji hoben na, agency r license number check koren',
    ], [
        'new girls: no phone, no going out alone. if anyone asks you are my niece from the village, madam keeps the passports',
        'If anyone asks at the airport, say you are visiting your uncle. Your passport stays with me till the job starts',
    ], None),
    'ticket_bought': ('fd.debt_by_work', [
        'mama bolse visar kono taka lagbe na, shudhu ticket ta tumi katba, kaj shuru hole beton bank e',
        'খালু কইছে ভিসার খরচ লাগবে না, খালি টিকিটটা আমরা কাটমু',
        'ওর শ্বশুর ওমরাহ করাইতে নিবে, জামাই টিকিট কাটবে বলছে',
    ], [
        'ticket ta company katbe, pore beton theke 3 mash e kete nibe visar taka',
        'টিকিট কোম্পানি কাটবে, পরে বেতন থেকে ভিসার টাকা কেটে নিবে',
        'the ticket money will be cut from your salary for six months',
    ], 'fd.debt_by_work'),
    'contract_named_cut': ('fd.debt_by_work', [
        'মাসে ১৪০০ রিয়াল, বেতন থেকে রুমের ১০০ কাটে, যেটা চুক্তিতেই লেখা ছিল',
        'mash e 1400 riyal, beton theke room er 100 kate, jeta contract e lekha chilo',
        'they take 100 from the salary for the room, which was in my contract from the start',
        'টার্গেট না হইলে বোনাস কাটে, বেসিক বেতন ঠিক থাকে',
        'target miss korle incentive kate, basic salary thik thake',
        'they cut the target bonus if we miss it, but the basic salary stays the same',
    ], [
        'ভিসার টাকা বেতন থেকে কেটে রাখবে, শোধ না হওয়া পর্যন্ত',
        'visa er taka beton theke kete rakhbe, shodh na howa porjonto',
    ], 'fd.debt_by_work'),
    'fee_no_job': ('fd.advance_fee', [
        'Nepal e ghurte jabo, tourist visa processing er jonno agency 9 hazar nilo',
        'নেপালে ঘুরতে যাব, ট্যুরিস্ট ভিসার প্রসেসিংয়ের জন্য এজেন্সি ৯ হাজার টাকা নিল',
        'the consultancy wants a processing fee of 40,000 for my masters admission in Finland',
        'লাকি ড্র তে ২০ হাজার টাকা জিতেছেন, প্রসেসিংয়ের জন্য ৫০০ টাকা পাঠান',
        'apni lucky draw te 20 hajar taka jitechen, processing fee 500 taka pathan',
    ], [
        'Dubai te tourist visa te ashen, ekhane hotel e kaj, advance 50000 taka bkash e pathan',
        'student visa to Japan with a part time job, processing fee 2 lakh in advance',
        'ট্যুরিস্ট ভিসায় আসেন, এখানে হোটেলে কাজ, অগ্রিম ৫০ হাজার টাকা বিকাশে পাঠান',
    ], 'fd.advance_fee'),
}


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[1]))
def test_innocent_family_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[2]))
def test_true_family_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
