"""Links between items: near-duplicate images, shared entities, known-hash sets."""
