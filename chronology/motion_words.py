"""The words of motion the parse is read with: what role a preposition gives a place under each class of
predicate, the nouns a preposition reaches the verb through, the parts of a town that stand for it.
The predicates themselves are data/motion_lexicon.csv."""

# class -> (event type, status a move of this class implies)
CLASS_EVENT = {"depart": ("departure", ""), "travel": ("travel", ""), "arrive": ("arrival", ""),
               "return": ("arrival", "return"), "transfer": ("deportation", "exile"), "convey": ("travel", ""),
               "escape": ("escape", "escape"), "stay": ("stay", ""), "farewell": ("departure", ""),
               "approach": ("travel", "")}
# preposition -> role of its object, per predicate class ("*" for any class)
PREP_ROLES = {
    # "bade adieu to Panama", "took leave of Paris": the place one says farewell to is left
    "to": {"depart": "toward", "farewell": "from", "approach": "toward", "*": "to"},
    "of": {"farewell": "from"}, "into": {"*": "to"}, "unto": {"*": "to"}, "till": {"*": "to"},
    "toward": {"*": "toward"}, "towards": {"*": "toward"},
    "for": {"depart": "toward", "travel": "toward", "escape": "toward", "transfer": "toward"},
    "from": {"*": "from"}, "out of": {"*": "from"},
    "via": {"*": "via"}, "through": {"travel": "via", "depart": "via", "escape": "via", "transfer": "via",
                                     "return": "via"},
    "by way of": {"*": "via"},
    "as far as": {"*": "to"},     # "the journey was comfortable as far as Lyons"
    # "crossed the border at Gottmadingen", "changed horses at Vitimsk": a place passed on the way
    "at": {"arrive": "to", "return": "to", "stay": "at", "travel": "via", "depart": "via"},
    "in": {"arrive": "to", "return": "to", "stay": "at"},
    "on": {"arrive": "to"},
    "near": {"stay": "at", "arrive": "to"},
    # "encamped a short distance above Hay Cabin Creek", "anchored opposite the town": where one stops, beside it
    "above": {"stay": "at"}, "below": {"stay": "at"}, "opposite": {"stay": "at"}, "beside": {"stay": "at"},
    # at sea: "arrived off Cadiz", "cruising off Cape St. Vincent", "stood off and on off Ushant"
    "off": {"depart": "from", "arrive": "to", "return": "to", "travel": "via", "stay": "at"},
}
# dobj column of the lexicon -> role of a place that is the verb's direct object
DOBJ_ROLES = {"from": "from", "to": "to", "via": "via"}
# verbs whose object is the place or the vessel ("reach Paris", "board the brig"): in the passive their
# subject is that place or vessel
PLACE_OBJECTS = {"from", "to", "via", "vehicle"}
# nouns through which a preposition still belongs to the verb: "took the train for X", "made his way to X"
PATH_NOUNS = {"way", "road", "route", "journey", "voyage", "passage", "train", "steamer", "boat", "ship", "coach",
              "stage", "carriage", "sledge", "sleigh", "cart", "diligence", "ride", "drive", "march", "walk",
              "trip", "ticket", "express", "post", "ferry", "course", "track", "excursion", "expedition", "tour",
              # the nouns of a phrase that is the move: "came to anchor off X", "bade adieu to X"
              "anchor", "adieu", "farewell", "leave"}
# prepositions of a goal or a way on, which the parser may hang on the place just left
ONWARD_PREPS = {"to", "for", "toward", "towards", "into", "via", "by way of"}
# units of a way gone ("nine miles up the canyon")
DISTANCE_WORDS = {"mile", "verst", "league", "kilometre", "kilometer", "yard", "hour", "day", "stage", "parasang", "distance"}
# words of manner between a move and its goal, whatever tag the parser gives them
DIRECT_WORDS = {"direct", "directly", "straight", "due", "right", "thence", "onward", "onwards"}
# "the descent that leads to X", "the road which ran to X": a way and the verbs that say where it goes
LEAD_VERBS = {"lead", "go", "run", "descend", "climb", "wind"}
WAY_NOUNS = {"way", "road", "route", "path", "track", "descent", "ascent", "lane", "trail", "highway", "street"}
ALONG_PREPS = {"down", "up", "along", "on", "over", "by"}
REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
              "oneself"}
# "on the way to X", "on the road to X": the goal is ahead, not reached
AHEAD_NOUNS = {"way", "road", "route", "journey", "voyage", "march", "passage", "course", "walk", "trip", "tour", "ride",
               "excursion", "expedition", "pilgrimage", "drive"}
# "arrived in sight of St. Charles", "came in view of Simbo": a place come in sight of stands for it
SIGHT_NOUNS = {"sight", "view"}
PLACE_PARTS = {"harbor", "harbour", "port", "roads", "gates", "walls", "outskirts", "suburbs", "centre", "center",
               "town", "city", "village", "streets", "station", "quay", "quays", "docks", "shore", "strand", "coast",
               "island", "isle", "bridge",
               # "arrived at the mouth of the Osage": the end of a river stands for it (places.py makes it a point)
               "mouth", "entrance", "confluence", "forks", "junction"} | SIGHT_NOUNS
# nouns that are themselves a move made: "the voyage from Delagoa Bay to Durban was speedy"
JOURNEY_NOUNS = {"journey", "voyage", "passage", "trip", "ride", "drive", "march", "flight", "crossing", "walk",
                 "sail", "run"}
# adjectives of reluctance to leave, which say where one was: "I was unwilling to leave Gothenburg"
LOATH_ADJECTIVES = {"sorry", "unwilling", "loath", "loth", "reluctant", "sad", "grieved"}
