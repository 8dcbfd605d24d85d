"""The chain of custody: the signed log, the examiners' keys, hand-overs, anchors and verification.

``log``        the append-only, hash-chained, Ed25519-signed log and its chain check
``keys``       examiner key pairs on the examiner's own machine
``examiners``  who may sign for a case: keys introduced by the log itself, hand-overs
``listing``    the signed acquisition listing of each exhibit, and its comparison with the evidence now
``anchor``     the head of the log, to copy outside the case folder
``verify``     ``evidtriage verify``: everything above, checked from the signed log alone
"""
