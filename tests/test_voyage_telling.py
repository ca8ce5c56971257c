"""How a voyage is told: 'off' a coast, whom one joins at sea, 'that island', courses changed at sea."""
import chronology


def pairs(text, **kw):
    return [(l.from_.name, l.to.name) for l in chronology.build(text, **kw).legs]


def test_arriving_off_a_port_read_as_a_particle_reaches_the_port():
    text = "On 14 September 1805 Nelson sailed from Portsmouth. He arrived off Cadiz on the 29th of September."
    assert pairs(text, subject="Nelson") == [("Portsmouth", "Cadiz")]


def test_joining_someone_off_an_island_puts_the_subject_there():
    text = ("On 12 August 1805 Nelson sailed from Ceuta. On the 15th he joined Admiral Cornwallis off Ushant. "
            "On the 18th he reached Portsmouth.")
    assert pairs(text, subject="Nelson") == [("Ceuta", "Ushant"), ("Ushant", "Portsmouth")]


def test_an_island_named_only_at_anchor_off_its_coast_sets_no_stop():
    text = ("In January 1805 Nelson was at anchor off the coast of Sardinia. On 7 April he bore up for Palermo "
            "and reached it on the 9th.")
    assert ("Sardinia", "Palermo") not in pairs(text, subject="Nelson")


def test_that_island_is_the_island_last_named():
    text = ("On 5 June 1805 Nelson sailed from Barbados for Tobago. On the 7th he entered the Gulf of Paria. "
            "He then bore for Grenada, which the French were said to threaten. On the 9th Nelson arrived off "
            "that island.")
    assert pairs(text, subject="Nelson")[-1] == ("Gulf of Paria", "Grenada")


def test_a_person_boarded_off_an_island_by_others_has_not_gone_there():
    text = ("On 5 June 1805 Nelson sailed from Barbados to Tobago. The master of a brig affirmed that he had "
            "been boarded off Grenada a few days before by the French. On the 7th Nelson entered the Gulf of "
            "Paria.")
    assert all("Grenada" not in p for p in pairs(text, subject="Nelson"))


def test_a_new_course_set_with_nothing_told_since_the_last_is_taken_from_the_goal_reached():
    text = ("On 20 January 1805 Nelson left Naples; believing Egypt to be the enemy's destination, for Egypt he "
            "ran. He found no enemy there. Baffled thus, he bore up for Malta. On 27 February he anchored at "
            "Cagliari.")
    assert pairs(text, subject="Nelson") == [("Naples", "Egypt"), ("Egypt", "Malta"), ("Malta", "Cagliari")]


def test_a_country_reached_stays_a_stop_before_a_gulf_no_record_puts_in_it():
    text = ("On 20 January 1805 Nelson sailed from Naples for Egypt. In February he reached Egypt. On 27 "
            "February he anchored in the Gulf of Palmas.")
    assert pairs(text, subject="Nelson") == [("Naples", "Egypt"), ("Egypt", "Gulf of Palmas")]


def test_making_the_port_of_a_town_reaches_it():
    text = "In March 1527 Pizarro sailed from Panama. In April he made the port of Paita."
    assert pairs(text, subject="Pizarro") == [("Panama", "Paita")]


def test_making_an_island_sighted_is_no_stop():
    text = "On 11 May 1805 Nelson sailed from Gibraltar. On May 15th he made Madeira, and on June 4th reached Barbados."
    assert pairs(text, subject="Nelson") == [("Gibraltar", "Barbados")]


def test_a_ship_that_came_to_anchor_off_a_town_arrived_there():
    text = "In March 1527 Pizarro sailed from Panama. In April his ship came to anchor off Paita."
    assert pairs(text, subject="Pizarro") == [("Panama", "Paita")]


def test_bidding_adieu_to_a_town_leaves_it():
    text = "In March 1527 Pizarro was in Panama. In May Pizarro bade adieu to Panama and sailed to Paita."
    assert pairs(text, subject="Pizarro") == [("Panama", "Paita")]


def test_transporting_oneself_somewhere_is_going_there():
    text = "In March 1527 Pizarro sailed from Panama. In April Pizarro transported himself to Paita."
    assert pairs(text, subject="Pizarro") == [("Panama", "Paita")]


def test_the_adventurers_a_leader_commands_move_with_him():
    text = ("In March 1527 Francisco Pizarro was at Tumbes with his men. On leaving Tumbes, the adventurers "
            "steered directly for Panama, and in May they reached Panama.")
    assert pairs(text, subject="Francisco Pizarro") == [("Tumbes", "Panama")]


def test_those_who_found_themselves_at_anchor_in_a_harbour_are_there():
    text = ("In March 1528 Francisco Pizarro left Tumbes. After a prosperous voyage they found themselves once "
            "more safely riding at anchor in the harbour of Valparaiso.")
    assert pairs(text, subject="Francisco Pizarro") == [("Tumbes", "Valparaíso")]


def test_a_ship_s_verbs_say_the_leg_was_made_by_ship():
    text = "On 17 July 1805 Nelson left Cape St. Vincent. The next day he anchored at Gibraltar."
    legs = chronology.build(text, subject="Nelson").legs
    assert [l.mode for l in legs] == ["ship"]
