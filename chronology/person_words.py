"""Common nouns for people: the movers layer reads them as someone other than the subject ("the emissary
went"), the attribution as whose a possessor's noun is ("Mr. Fogg's whist partners")."""
from __future__ import annotations

# a word of a person's name, with the Scottish and Irish prefixes that carry a capital inside (McPherson,
# MacDonald, O'Neil)
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+"

# nouns for people other than the subject ("his sister was sent", "the emissary went")
PERSON_NOUNS = {"man", "woman", "men", "women", "person", "people", "officer", "soldier", "emissary", "messenger",
                "courier", "envoy", "agent", "spy", "sister", "brother", "wife", "husband", "mother", "father",
                "son", "daughter", "friend", "servant", "guide", "driver", "coachman", "peasant", "priest",
                "monk", "merchant", "host", "landlord", "traveller", "traveler", "stranger", "boy", "girl",
                "child", "children", "family", "colonel", "general", "captain", "commissioner", "governor",
                "official", "policeman", "gendarme", "guard", "prisoner", "comrade", "lady", "gentleman",
                "doctor", "minister", "king", "queen", "prince", "princess", "duke", "count", "hunter",
                "settler", "teamster", "miner", "native", "girlfriend", "fiancée", "uncle", "aunt", "cousin",
                "detective", "police", "inspector", "constable", "clerk", "sailor", "seaman", "crew",
                "partner", "aide", "secretary", "valet", "maid", "companion", "guest",
                "passenger", "pilot", "engineer", "conductor", "porter", "consul", "ambassador",
                "emperor", "empress", "tsar", "pope", "bishop", "cardinal", "marshal", "admiral", "lieutenant",
                "sergeant", "corporal", "jailer", "gaoler", "warder", "thief", "robber"}

# plural nouns of people, peoples and the vessels they move in: "they" after one of these, said later than
# the one person last named, are these ("news of the French and Spanish fleets! ... They had refitted at Vigo")
PLURAL_MOVERS = ({n + "s" for n in PERSON_NOUNS if not n.endswith(("s", "men", "ren", "ople", "ice"))}
                 | {"men", "women", "children", "people", "police", "fleets", "ships", "vessels", "squadrons",
                    "frigates", "boats", "troops", "armies", "enemy", "enemies", "allies", "natives", "French",
                    "Spaniards", "Spanish", "English", "British", "Dutch", "Russians", "Turks", "Austrians",
                    "Prussians", "Germans", "Italians", "Boers", "Indians", "Americans", "Chinese", "Japanese",
                    "Tartars", "Tatars", "Cossacks", "rebels", "insurgents", "royalists", "others"})

# beasts that move on their own ("the cattle rushed into the Parana", "the wolves came down to the village"):
# a mover, but not the traveller the story follows
ANIMAL_NOUNS = {"animal", "beast", "cattle", "herd", "flock", "horse", "mare", "pony", "mule", "ass", "donkey", "ox",
                "oxen", "bullock", "cow", "bull", "sheep", "goat", "pig", "dog", "wolf", "bear", "deer", "reindeer",
                "elk", "buffalo", "bison", "camel", "elephant", "bird", "jaguar", "tiger", "lion", "fox", "game"}
