"""A large fictional archive for benchmarks: `seed_demo --articles N`.

Generated articles are recognised by their slug: headline words, then `-g` and
a seven-digit number, e.g. `kestrian-navy-extends-patrols-in-the-sorrel-gulf-
g0001234` (so there can be at most 9,999,999). `--articles N` tops that archive
up to N, numbering on from the highest number there is.

Article number k is written by `random.Random(k)`, so its words, people, tags
and status are the same whatever the batch or the run; only its dates are
counted back from the moment of the run. Curated Related News links point at
older live articles of the same batch. The text is built from a vocabulary of
the demo's fictional Halcyon Sea region: no real people, countries or
organisations.

Rows go in with bulk inserts (COPY on PostgreSQL), one transaction per batch,
so Article.save() and the signals never run: the body is made clean (only <p>
and escaped text), each batch starts a new edition for the page caches, and on
PostgreSQL each batch gets its search vector in one UPDATE with the
expression save() uses. There, outside a transaction, several connections
write batches side by side, and the end refreshes the planner's statistics.
"""

import dataclasses
import html
import io
import os
import random
import uuid
from bisect import bisect, bisect_left
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, as_completed, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from itertools import accumulate, islice

from django.db import connection, reset_queries, transaction
from django.db.models import Max
from django.db.models.functions import Right
from django.utils.text import slugify
from taggit.models import Tag

from articles import demo_content, editions
from articles.models import Article, Byline, RelatedArticle, Section, TaggedArticle
from articles.search import search_document
from people.models import Author, Spokesperson

# Two plain words that meet in about 2% of generated articles, so a benchmark
# search ranks a realistic share of the archive. They appear nowhere but in
# these asides, each drawn with fixed odds for every article, so the share does
# not depend on N: the survey thread holds both (1.6%), and the two asides of
# one word each meet by chance (6% x 4%).
BENCHMARK_QUERY = "hydrographic survey"
SURVEY_THREAD_SHARE = 0.016
SURVEY_ASIDE_SHARE = 0.06
HYDROGRAPHIC_ASIDE_SHARE = 0.04

BATCH_SIZE = 2000
# Connections writing batches at once on PostgreSQL, each computing its search
# vectors on a core of its own.
PARALLEL_WRITERS = max(2, min(4, os.cpu_count() or 1))
SLUG_SUFFIX = r"-g[0-9]{7}$"
NUMBER_DIGITS = 7
MAX_ARTICLES = 10**NUMBER_DIGITS - 1
SLUG_WORDS_LENGTH = 90

# Shares of the archive; what no share claims is published and already live.
DRAFT_SHARE = 0.02
REVIEW_SHARE = 0.01
SCHEDULED_SHARE = 0.005
WITHDRAWN_SHARE = 0.004
UPDATED_LATER_SHARE = 0.04
RELATED_SHARE = 0.10
LEAD_IMAGE_SHARE = 0.70
# A story runs outside its kind's section now and then, so every section fills.
OTHER_SECTION_SHARE = 0.10

HOUR, DAY = 3600, 86400
ARCHIVE_DAYS = 3650
# An article's age is ARCHIVE_DAYS * random() ** RECENT_BIAS: denser recently.
RECENT_BIAS = 1.5
# Popularity falls as 1 / rank ** skew: a few big tags, a long tail of small ones.
TAG_SKEW = 1.0
AUTHOR_SKEW = 0.6

PARAGRAPHS, PARAGRAPH_WEIGHTS = range(3, 16), [4, 8, 10, 10, 9, 8, 6, 5, 4, 3, 2, 2, 1]
BYLINE_LENGTHS, BYLINE_WEIGHTS = [1, 2, 3], [70, 22, 8]
QUOTED_COUNTS, QUOTED_WEIGHTS = [0, 1, 2, 3], [30, 45, 18, 7]
TAG_COUNTS = range(3, 7)
SOURCES, SOURCE_WEIGHTS = ["Newsdesk Wire", "Newsdesk Staff"], [65, 35]


# The region -------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    capital: str
    towns: list
    ship_prefix: str


COUNTRIES = [
    Country(
        "Aldria",
        "Aldrian",
        "Valdora",
        "Harrowfield, Brask, Corbin Field, Tessfold, Merrowdene, Quarnel".split(", "),
        "ANS",
    ),
    Country(
        "Kestria",
        "Kestrian",
        "Port Halden",
        "Greywick, Halden Point, Saltvik, Durran Sound, Wendle Cove".split(", "),
        "KNS",
    ),
    Country(
        "Ostmere",
        "Ostmeri",
        "Lindgrave",
        "Carrow, Skerrow Islands, Fennick Bay, Isterholm, Marrowgate".split(", "),
        "ONS",
    ),
    Country(
        "Tavaro",
        "Tavaran",
        "Selcia",
        "Orvessa, Corra Islands, Calvane, Pellith, Sorvina".split(", "),
        "TNS",
    ),
    Country(
        "Brennmark",
        "Brennish",
        "Ulmholt",
        "Drevik, Olmsgate, Karrowen, Vastmoor, Ellanby Reach".split(", "),
        "BNS",
    ),
]
COUNCIL = "Halcyon Sea Council"
SEAS = (
    "Strait of Merrin, Halcyon Sea, Vennick Passage, Greymantle Sound, Tiller Reach, "
    "Outer Halcyon Shelf, Sorrel Gulf, Amber River estuary"
).split(", ")
SHIP_CLASSES = [
    ("Varrow", "corvette"),
    ("Cindral", "frigate"),
    ("Heronsgate", "offshore patrol vessel"),
    ("Pellucid", "minehunter"),
    ("Tamsin", "research ship"),
    ("Greyling", "fast patrol boat"),
    ("Marrowind", "replenishment tanker"),
    ("Kelderan", "landing ship"),
    ("Orrin", "submarine"),
    ("Wending", "training ship"),
]
VESSEL_NAMES = (
    "Amberlight Brightwater Candlewick Fairhollow Gullwing Ironwood Larkspur "
    "Seawren Stillwater Tamarind Thornwick Quillon Steadwell Merrin Harrowgate "
    "Tessaly"
).split()
EXERCISES = [
    f"{first} {second}"
    for first in (
        "Amber Copper Quiet Patient Hollow Silver Early Bright Grey Salt Steady Far "
        "Green Winter Lantern Northern"
    ).split()
    for second in (
        "Meadow Heron Kettle Orchard Willow Thimble Loom Bramble Pebble Lark Quill "
        "Ember Tern Weir Marten Harvest"
    ).split()
]
UNITS = (
    "Coastal Brigade, Engineer Battalion, Signals Regiment, Mountain Battalion, "
    "Marine Battalion, Air Defence Regiment, Logistics Battalion, Helicopter "
    "Squadron, Maritime Patrol Squadron, Field Medical Company"
).split(", ")
ORDINALS = "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 11th 12th".split()
COMPANIES = (
    "Ulmholt Marine Works, Saltvik Yards, Brask Avionics, Tessfold Optics, "
    "Lindgrave Signal Systems, Greywick Boatbuilders, Drevik Heavy Engineering, "
    "Calvane Aerostructures, Karrowen Vehicle Works, Orvessa Field Medical"
).split(", ")
EQUIPMENT = (
    "coastal surveillance radars, medium transport helicopters, unmanned surface "
    "vessels, armoured ambulances, deployable field hospitals, water purification "
    "units, flight simulators, night-vision sets, tactical radios, harbour patrol "
    "boats, mobile bridging sets, search-and-rescue aircraft, turboprop trainer "
    "aircraft, all-terrain supply vehicles, mine countermeasure drones, air "
    "surveillance radars, heavy logistics trucks, diving support boats"
).split(", ")
TOPICS = [
    "the summer training calendar",
    "next year's defence budget",
    "reserve recruitment",
    "the council's maritime code of conduct",
    "housing for junior ranks",
    "the retirement of older patrol craft",
    "civil defence drills in coastal towns",
    "the modernisation of two air bases",
    "search-and-rescue coordination",
    "healthcare for veterans",
    "the shortage of technical specialists",
    "fuel stocks at naval bases",
    "the closure of a coastal firing range",
    "military support in the wildfire season",
    "cadet exchanges with partner academies",
    "the handover of an army airfield to civilian use",
]
AGREEMENTS = [
    "a memorandum on search-and-rescue cooperation",
    "a five-year defence cooperation plan",
    "an officer exchange programme",
    "a joint maintenance agreement for patrol vessels",
    "a disaster response protocol",
    "a framework for shared air surveillance",
    "a mutual logistics support arrangement",
    "a training partnership for naval cadets",
    "a protocol on military medical evacuation",
    "an agreement on the use of each other's ranges",
]
# What a patrol did, as the copy says it and as a headline says it.
INCIDENTS = [
    ("towed a disabled fishing trawler to port", "Tows Disabled Trawler to Port"),
    ("rescued the crew of a capsized yacht", "Rescues Crew of Capsized Yacht"),
    ("escorted a cargo ship with a damaged rudder", "Escorts Damaged Cargo Ship"),
    ("recovered a drifting navigation buoy", "Recovers Drifting Buoy"),
    ("investigated a fuel sheen reported by a ferry", "Checks Fuel Sheen"),
    ("evacuated an injured sailor from a bulk carrier", "Evacuates Injured Sailor"),
    ("searched for a missing kayaker through the night", "Searches for Kayaker"),
    ("shadowed an unregistered fishing fleet", "Shadows Unregistered Fleet"),
]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday".split()
MONTHS = (
    "January February March April May June July August September October "
    "November December"
).split()

# The kinds of story, each with the demo section it belongs in and its tag.
KINDS = {
    "briefing": ("press-briefings", "Press Briefing"),
    "exercise": ("exercises", "Joint Exercises"),
    "cooperation": ("cooperation", "Defence Diplomacy"),
    "procurement": ("procurement", "Procurement"),
    "maritime": ("maritime", "Maritime Security"),
}
KIND_NAMES = list(KINDS)


# The words --------------------------------------------------------------------

HEADLINES = {
    "briefing": [
        "{adj} Defence Ministry Answers Questions on {Topic}",
        "{navy} Spokesperson Sets Out Plans for {Topic}",
        "{adj} Officials Say {Topic} Will Be Reviewed Before {month}",
        "Weekly {adj} Briefing Turns to {Topic} and Talks With {partner}",
        "{army} Briefing Confirms Changes to {Topic}",
        "Council Secretariat Briefs Reporters on {Topic}",
        "{adj} Ministry Promises Figures on {Topic} by {month}",
        "{capital} Briefing: {coast_guard} Reports Busy Season Near {town}",
    ],
    "exercise": [
        "Exercise {exercise} Begins Near {town} With {people} Personnel",
        "{adj} and {partner_adj} Units Open Exercise {exercise} in the {sea}",
        "{navy} Ends Exercise {exercise} After {days} Days at Sea",
        "{unit} Leads the Opening Phase of Exercise {exercise}",
        "Exercise {exercise} Tests Casualty Evacuation Around {town}",
        "{air_force} Joins Exercise {exercise} for the First Time",
        "Reservists Make Up a Third of Exercise {exercise} Force",
        "Exercise {exercise} Moves to Its Live Phase on the {sea} Coast",
    ],
    "cooperation": [
        "{country} and {partner} Sign {Agreement}",
        "{adj} and {partner_adj} Ministers Agree {Agreement}",
        "{partner_adj} Delegation Visits {capital} to Discuss {Agreement}",
        "Council Members Back {Agreement}",
        "{country} Hosts {partner_adj} Officers Under New Exchange",
        "{adj} Engineers Arrive in {partner} for Joint Training",
        "{country} and {partner} Review a Year of Joint Patrols",
    ],
    "procurement": [
        "{country} Orders {quantity} {Equipment} From {company}",
        "{company} Delivers First {Equipment} to the {army}",
        "{adj} Procurement Office Opens Tender for {Equipment}",
        "{navy} Accepts Second {ship_class}-Class {Ship_type}",
        "{country} Sets Aside {amount} for {Equipment}",
        "Audit Questions Delays to {adj} {Equipment} Programme",
        "{company} Wins {amount} Support Contract",
        "Keel Laid for {adj} {ship_class}-Class {Ship_type} at {town}",
    ],
    "maritime": [
        "{coast_guard} Patrol Ship {Incident} Near {town}",
        "{vessel} {Incident} in the {sea}",
        "{navy} Extends Patrols in the {sea}",
        "Council Centre Reports Quieter Quarter in the {sea}",
        "{country} and {partner} Start Joint Fisheries Patrols",
        "Storm Damage Keeps {adj} Patrol Boats in Harbour at {town}",
        "{navy} Clears Old Mooring Wrecks From {town} Approaches",
    ],
}

SUMMARIES = {
    "briefing": [
        "A spokesperson for the {ministry} said a decision on {topic} would "
        "follow talks with the armed forces and local authorities.",
        "Officials in {capital} answered questions on {topic} and on the "
        "{navy}'s plans for the coming months.",
        "The weekly briefing in {capital} dealt with {topic}, with officials "
        "promising more detail by {month}.",
    ],
    "exercise": [
        "About {people} personnel from {country} and {partner} are taking part "
        "in the {days}-day exercise, which centres on {town}.",
        "Exercise {exercise} brings together {ships} ships and {aircraft} "
        "aircraft, with observers from other {council} members.",
        "The {unit} is leading the land phase of Exercise {exercise}, which "
        "organisers say will test communications under pressure.",
    ],
    "cooperation": [
        "{country} and {partner} agreed {agreement}, which officials said would "
        "take effect within {weeks} weeks.",
        "Ministers from both countries met in {capital} and said {agreement} "
        "would deepen ties built through the {council}.",
        "The deal covers training, shared exercises and a liaison office in "
        "{partner_capital}.",
    ],
    "procurement": [
        "The contract with {company} is worth about {amount} and covers "
        "{quantity} {equipment} with training and spare parts.",
        "The {adj} procurement office said deliveries of {equipment} would begin "
        "within {years} years.",
        "The {ship_class}-class {ship_type} is the second of {quantity} planned "
        "for the {navy}.",
    ],
    "maritime": [
        "The {coast_guard} said the operation near {town} ended without injuries "
        "after {days} hours.",
        "Patrols in the {sea} will rise to {ships} a week, the {navy} said, "
        "citing more merchant and fishing traffic.",
        "Crews from {country} and {partner} shared the work, coordinated by the "
        "{council} maritime centre.",
    ],
}

LEDES = {
    "briefing": [
        "The {ministry} used its weekly briefing in {capital} on {weekday} to "
        "answer questions about {topic}. Officials said the armed forces had been "
        "consulted and that a written statement would follow.",
        "Officials in {capital} said on {weekday} that {topic} would be reviewed "
        "before the end of {month}. The review will be carried out by a small "
        "team of civilian and military staff.",
    ],
    "exercise": [
        "Exercise {exercise} began on {weekday} around {town}, with about {people} "
        "personnel from {country} and {partner} taking part. Organisers said the "
        "{days}-day exercise would move from planning rooms to the field by the "
        "end of the week.",
        "Units of the {army} and the {navy} have started Exercise {exercise} in "
        "and around the {sea}. The exercise involves {ships} ships, {aircraft} "
        "aircraft and a headquarters set up at {town}.",
    ],
    "cooperation": [
        "{country} and {partner} signed {agreement} in {capital} on {weekday}, "
        "capping {weeks} weeks of talks between their defence staffs. Officials "
        "on both sides described the agreement as practical rather than symbolic.",
        "Defence officials from {partner} arrived in {capital} this week to "
        "settle the details of {agreement}. The two governments expect to sign "
        "the text before {month}.",
    ],
    "procurement": [
        "{country} has ordered {quantity} {equipment} from {company} in a contract "
        "worth about {amount}, the {adj} procurement office said on {weekday}. "
        "The first deliveries are due within {years} years.",
        "{company} has handed over the first of {quantity} {equipment} to the "
        "{army}, the company said on {weekday}. The rest are to follow in "
        "batches over the next {years} years.",
    ],
    "maritime": [
        "A {coast_guard} patrol ship {incident} near {town} on {weekday}, the "
        "service said. The operation lasted {days} hours and ended without "
        "injuries.",
        "The {navy} said its patrol ship {vessel} {incident} in the {sea} "
        "overnight. Crews handed over to the harbour authorities at {town} "
        "shortly after dawn.",
    ],
}

SENTENCES = {
    "briefing": [
        "Reporters also asked about the {navy}'s plans for the coming season.",
        "The ministry said it would publish the figures it had been asked for "
        "by {month}.",
        "Officials declined to comment on a newspaper report about {topic}.",
        "A written answer on staffing at {town} is expected next week.",
        "Several questions concerned the cost of the {council} mission.",
        "The briefing lasted just under an hour and was streamed online.",
        "Officials said talks with {partner} were continuing at working level.",
        "The ministry said applications to the reserves rose {percent} percent "
        "last year.",
    ],
    "exercise": [
        "Observers from {partner} and two other {council} members are following "
        "the exercise from a control centre at {town}.",
        "Road closures around {town} will be announced a day in advance.",
        "The scenario is fictional and does not describe any country in the "
        "region, the organisers said.",
        "Helicopters of the {air_force} will fly casualty evacuation sorties in "
        "daylight hours.",
        "The {unit} moved its vehicles to the training area by rail.",
        "About a third of the troops taking part are reservists.",
        "Live firing is limited to the ranges north of {town}.",
        "Field kitchens and a mobile bakery will serve the camp throughout.",
        "Umpires will score each unit on how quickly it reports and recovers.",
    ],
    "cooperation": [
        "The agreement will be reviewed after {years} years.",
        "A liaison office is to open in {partner_capital} early next year.",
        "Officers from each country will spend up to {weeks} weeks with the "
        "other's units.",
        "The two ministries will meet twice a year to review progress.",
        "The text was drafted with help from the {council} secretariat.",
        "The arrangement creates no obligation to take part in operations, "
        "officials stressed.",
        "Similar agreements already link {partner} with three other members of "
        "the council.",
        "Language courses for the exchange officers begin in {month}.",
    ],
    "procurement": [
        "The contract includes training for crews and maintenance staff.",
        "Spare parts and support for {years} years are part of the package.",
        "About {percent} percent of the work will be done at plants in {country}.",
        "{company} employs about {people} people at its main site.",
        "The procurement office said it had received {quantity} bids.",
        "An audit last year criticised delays to earlier orders.",
        "The {ship_class}-class design needs a smaller crew than the ships it "
        "replaces.",
        "Acceptance trials will take place at {town}.",
        "The defence committee in {capital} approved the spending in {month}.",
    ],
    "maritime": [
        "{vessel} is one of the {navy}'s {ship_class}-class ships.",
        "Merchant traffic in the {sea} has risen {percent} percent in a decade.",
        "The {council} maritime centre coordinated the response.",
        "Fishing associations in {town} were told of the new patrol pattern.",
        "Crews keep watch on the international distress frequency day and night.",
        "Weather in the {sea} was rough, with waves of up to four metres.",
        "A maritime patrol aircraft from {capital} joined the search.",
        "The crew also checked moorings near {town} on the way back.",
        "The harbour master at {town} praised the crews' speed.",
    ],
}

GENERIC_SENTENCES = [
    "The {ministry} said it would publish further details on its website.",
    "The {council} was informed in advance, officials said.",
    "Local authorities in {town} have been told of the plans.",
    "The costs are covered by this year's budget, the ministry said.",
    "Residents near {town} were invited to an open day at the base.",
    "Officials from {partner} are expected to visit {capital} in {month}.",
    "The {army} and the {navy} will share the work.",
    "The figures will be reviewed again in {month}.",
    "Reporters were shown the site on {weekday}.",
    "The ministry's annual readiness report is due in {month}.",
    "The plans have been discussed with trade unions at {town}.",
    "The {air_force} will provide transport where roads are closed.",
    "Engineers from {company} visited {town} earlier this year.",
    "A similar effort {years} years ago involved far fewer people.",
    "Officials said the work would not affect ferry services.",
    "The {council} has five members around the {sea}.",
    "Updates will be given at the ministry's weekly briefing.",
    "Questions from the public can be sent to the ministry's information line.",
    "The defence committee in {capital} is expected to discuss the matter.",
    "About {people} people live in and around {town}.",
    "The project was first announced {years} years ago.",
    "Planning work at {town} was completed in {month}.",
    "Officials in {partner_capital} welcomed the step.",
    "The work is expected to take about {weeks} weeks.",
    "Opposition members asked for a debate on the subject.",
    "The ministry said it had answered {quantity} letters from residents.",
    "Volunteers from {town} helped with food and shelter.",
    "The {coast_guard} was kept informed throughout.",
    "Engineers will inspect the site again in {month}.",
    "A report on lessons learned will go to the {council}.",
]

# The only sentences with the words of BENCHMARK_QUERY.
SURVEY_ASIDES = [
    "A survey of residents near {town} found most supported the base.",
    "The ministry's annual readiness survey is due in {month}.",
    "Survey teams from {company} visited {town} earlier this year.",
    "A site survey at {town} was completed in {month}.",
]
HYDROGRAPHIC_ASIDES = [
    "Data from the {adj} Hydrographic Office show traffic in the {sea} rose "
    "{percent} percent in a decade.",
    "The crew also gathered hydrographic data near {town} on the way back.",
]
SURVEY_THREAD = (
    "Separately, the {navy} said its hydrographic survey of the {sea} approaches "
    "had charted {quantity} shoals missing from older charts. The hydrographic "
    "survey, the first in those waters for {years} years, will be used to update "
    "charts for merchant shipping and for {coast_guard} crews."
)

QUOTES = [
    "We have planned this carefully, and we will keep the public informed",
    "Our crews are trained for exactly this kind of work",
    "This is routine, and it should be reported as routine",
    "The decision follows months of work with our partners in {partner}",
    "We expect the first results before {month}",
    "Nothing we have seen so far changes our assessment",
    "Safety comes first, for our people and for everyone who lives near {town}",
    "We want these arrangements to outlast any one government",
    "The {council} works best when its members share what they see",
    "It is too early to put a final figure on the cost",
    "We listened to the concerns raised in {town} and changed the plan",
    "Every task we take on is requested by the civilian authorities",
    "Our aim is simple: fewer accidents at sea",
    "We will not comment on speculation",
]
QUOTE_FOLLOW_UPS = [
    "{surname} said a full report would be ready by {month}.",
    "{surname} added that no decision had been taken on further steps.",
    "{surname} said the {council} had been kept informed throughout.",
    "Asked about the cost, {surname} said it fell within existing budgets.",
    "{surname} declined to give further details.",
    "{surname} said officials from {partner} had been consulted.",
]

TITLE_SMALL_WORDS = {"a", "an", "and", "for", "in", "of", "on", "the", "to", "with"}


def title_case(phrase):
    """Headline capitals, small words left small: "Search-and-Rescue Aircraft"."""
    return " ".join(
        word if word in TITLE_SMALL_WORDS else word[0].upper() + word[1:]
        for word in phrase.split()
    )


# People -----------------------------------------------------------------------

AUTHOR_NAMES = [
    f"{first} {surname}"
    for first, surname in zip(
        (
            "Alina Bram Celia Dorian Elsa Fabian Greta Henrik Ilona Jasper Katya "
            "Lorens Maren Niall Odile Per Rhea Stellan Tamsin Ulric Vera Wendel "
            "Yara Zeno Anouk Benedikt Carys Dario Edda Florin Gwen Hallam Isolde "
            "Joren Kira Leif Mirela Noor Osric Pia"
        ).split(),
        (
            "Ashgrove Bellwether Carrick Dunmore Elwick Farrant Gillow Hartfield "
            "Isenby Jessop Kettering Lanyard Mortlake Northcott Ormsby Penhallow "
            "Quentrell Rosslyn Stanway Thackery Underhill Varley Westbrook "
            "Yelland Aldermoor Brackley Coldwell Draycott Everleigh Fenwright "
            "Greythorn Halloway Ivesley Jarrow Kilmory Lisle Marchbank "
            "Nettleford Overend Pryor"
        ).split(),
        strict=True,
    )
]
BEATS = [
    "naval affairs",
    "military training",
    "the defence industry",
    "defence diplomacy",
    "disaster response",
    "cyber defence",
    "logistics and transport",
    "air forces",
    "personnel and veterans",
    "defence budgets",
]
SPOKESPERSON_NAMES = (
    "Lene Harrowby, Oskar Vantel, Rosa Imbrey, Teodor Kask, Mila Sorend, "
    "Arvid Pellow, Nadia Crowe, Emil Straven, Ines Haldane, Jonas Brink, "
    "Clara Wettin, Viktor Osk, Hanne Dray, Pavel Lindqvar, Selma Arden, "
    "Gideon Marsk, Yvette Kross, Anton Reeve, Livia Tamm, Ruben Holt, "
    "Maja Orlen, Caspar Dunne, Freya Vell, Lukas Brennan, Agnes Calloway"
).split(", ")
ROLES = ["spokesperson", "spokesperson", "press officer"]
NAVAL_RANKS = ["Captain", "Commander", "Lieutenant Commander"]
ARMY_RANKS = ["Colonel", "Lieutenant Colonel", "Major"]
# Who speaks for whom, and the ranks they hold ("" for a civilian).
ORGANISATIONS = [
    ("Ministry of Defence of {name}", "MOD", ["", "", "Colonel"]),
    ("{adjective} Navy", "{initial}N", NAVAL_RANKS),
    ("{adjective} Army", "{initial}A", ARMY_RANKS),
    ("{adjective} Air Force", "{initial}AF", ARMY_RANKS),
    ("{adjective} Coast Guard", "{initial}CG", NAVAL_RANKS),
]


# Planning and writing -----------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """How many articles to generate, and the number the first one gets."""

    first_number: int
    count: int


def generated_articles():
    return Article.objects.filter(slug__regex=SLUG_SUFFIX)


def plan_archive(total):
    """What topping the generated archive up to `total` articles takes."""
    # In a transaction, reads stay on the primary, however fresh the rows.
    with transaction.atomic():
        existing = generated_articles()
        highest = existing.aggregate(number=Max(Right("slug", NUMBER_DIGITS)))
        count = max(0, total - existing.count())
    plan = Plan(first_number=int(highest["number"] or 0) + 1, count=count)
    if plan.first_number + plan.count - 1 > MAX_ARTICLES:
        raise ValueError(f"Generated articles are numbered up to {MAX_ARTICLES:,}.")
    return plan


def generate_articles(plan, *, now, on_batch=lambda count: None):
    """Write the planned articles, one transaction per batch; return how many."""
    if not plan.count:
        return 0
    make = partial(make_batch, cast=gather_cast(), now=now)
    end = plan.first_number + plan.count
    batches = (
        range(start, min(start + BATCH_SIZE, end))
        for start in range(plan.first_number, end, BATCH_SIZE)
    )
    if can_write_in_parallel():
        run_in_parallel(make, batches, workers=PARALLEL_WRITERS, on_done=on_batch)
    else:
        for numbers in batches:
            on_batch(make(numbers))
    if connection.vendor == "postgresql":
        refresh_planner_statistics()
    return plan.count


def make_batch(numbers, *, cast, now):
    """Compose and store one batch in a transaction of its own; return its size."""
    drafts = compose_batch(numbers, cast=cast, now=now)
    with transaction.atomic():
        write_batch(drafts)
    # With DEBUG on, Django would keep every batch's SQL in memory.
    reset_queries()
    return len(drafts)


def can_write_in_parallel():
    """Whether batches may go through connections of their own: on PostgreSQL,
    where computing search vectors is most of the work and one connection uses
    one core, and outside a transaction, whose rows they could not see."""
    return connection.vendor == "postgresql" and not connection.in_atomic_block


def run_in_parallel(function, items, *, workers, on_done):
    """Call function(item) on `workers` threads, each on its own database
    connection, with at most two items a worker in flight; pass each result
    to on_done(). An error stops the items not yet started."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = set()
        try:
            for item in items:
                if len(pending) >= 2 * workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        on_done(future.result())
                pending.add(pool.submit(on_own_connection, function, item))
            for future in as_completed(pending):
                on_done(future.result())
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def on_own_connection(function, item):
    """Run in a worker thread, whose connection is its own: close it after."""
    try:
        return function(item)
    finally:
        connection.close()


def compose_batch(numbers, *, cast, now):
    drafts = [compose_article(number, cast=cast, now=now) for number in numbers]
    pick_related(drafts, rng=random.Random(f"related-{numbers[0]}"), now=now)
    return drafts


def write_batch(drafts):
    store_articles(drafts)
    store_rows(
        Byline,
        ["article_id", "author_id", "position"],
        (
            (draft.pk, author_id, position)
            for draft in drafts
            for position, author_id in enumerate(draft.author_ids)
        ),
    )
    store_rows(
        Article.spokespersons.through,
        ["article_id", "spokesperson_id"],
        ((draft.pk, person) for draft in drafts for person in draft.spokesperson_ids),
    )
    store_rows(
        TaggedArticle,
        ["content_object_id", "tag_id"],
        ((draft.pk, tag_id) for draft in drafts for tag_id in draft.tag_ids),
    )
    store_rows(
        RelatedArticle,
        ["from_article_id", "to_article_id", "position"],
        (
            (draft.pk, other.pk, position)
            for draft in drafts
            for position, other in enumerate(draft.related)
        ),
    )
    if connection.vendor == "postgresql":
        ids = [draft.pk for draft in drafts]
        Article.objects.filter(pk__in=ids).update(search_vector=search_document())
    # Bulk writes send no signals: tell the page caches the site has changed.
    editions.mark_changed()


def store_articles(drafts):
    """Insert the drafts' articles and note each one's id on its draft."""
    if connection.vendor == "postgresql":
        for draft, pk in zip(drafts, reserve_ids(Article, len(drafts)), strict=True):
            draft.pk = pk
        # Every column, as a COPY has no model to fill in defaults.
        defaults = {
            field.attname: field.get_default()
            for field in Article._meta.concrete_fields
            if not field.primary_key
        }
        columns = ["id", *defaults]
        rows = ({"id": draft.pk, **defaults, **draft.fields} for draft in drafts)
        copy_rows(Article, columns, ([row[name] for name in columns] for row in rows))
        return
    articles = [Article(**draft.fields) for draft in drafts]
    with timestamps_as_given():
        Article.objects.bulk_create(articles)
    for draft, article in zip(drafts, articles, strict=True):
        draft.pk = article.pk


def store_rows(model, attnames, rows):
    """Insert plain rows: COPY on PostgreSQL, bulk_create elsewhere."""
    if connection.vendor == "postgresql":
        copy_rows(model, attnames, rows)
    else:
        objects = (model(**dict(zip(attnames, row, strict=True))) for row in rows)
        model.objects.bulk_create(objects)


def reserve_ids(model, count):
    """`count` ids from the table's own sequence, so COPY can write them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) "
            "FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [pk for (pk,) in cursor.fetchall()]


def copy_rows(model, attnames, rows):
    """Write rows with PostgreSQL's COPY, in its text format."""
    quote = connection.ops.quote_name
    columns = [quote(model._meta.get_field(name).column) for name in attnames]
    data = io.StringIO()
    for row in rows:
        data.write("\t".join(map(copy_text, row)))
        data.write("\n")
    data.seek(0)
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", data)


def copy_text(value):
    if value is None:
        return "\\N"
    return str(value).translate(COPY_ESCAPES)


# COPY's text format ends fields at tabs and rows at newlines.
COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


@contextmanager
def timestamps_as_given():
    """Let bulk_create store created_at and updated_at as set: auto_now would
    stamp every row with this moment, and the archive must look filed over
    the years. It changes the fields for the whole process, which only this
    command writes to."""
    fields = [Article._meta.get_field(name) for name in ("created_at", "updated_at")]
    flags = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, flags, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def pick_related(drafts, *, rng, now):
    """Curated links to older live articles of the batch, of the same section
    when it has enough of them."""
    live = [draft for draft in drafts if draft.is_live(now)]
    everything = Timeline(live)
    by_section = {
        section_id: Timeline([d for d in live if d.section_id == section_id])
        for section_id in {draft.section_id for draft in live}
    }
    for draft in drafts:
        wanted = draft.related_count
        if not wanted or draft.publish_at is None:
            continue
        older = by_section.get(draft.section_id, everything).before(draft)
        if len(older) < wanted:
            older = everything.before(draft)
        draft.related = rng.sample(older, min(wanted, len(older)))


class Timeline:
    """Drafts in order of publication, to find those older than another."""

    def __init__(self, drafts):
        self.drafts = sorted(drafts, key=lambda draft: draft.publish_at)
        self.dates = [draft.publish_at for draft in self.drafts]

    def before(self, draft):
        return self.drafts[: bisect_left(self.dates, draft.publish_at)]


def refresh_planner_statistics():
    """ANALYZE what was written: a benchmark needs a planner that knows the
    archive's size, not the few rows there were before.

    The article table is also vacuumed where it can be (outside a
    transaction): the search vector UPDATE left a dead copy of every row,
    which autovacuum would otherwise clear in the middle of a benchmark.
    """
    models = [Byline, TaggedArticle, RelatedArticle, Tag, Article.spokespersons.through]
    article_table = "VACUUM (ANALYZE)" if not connection.in_atomic_block else "ANALYZE"
    statements = [(article_table, Article)] + [("ANALYZE", model) for model in models]
    with connection.cursor() as cursor:
        for statement, model in statements:
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"{statement} {table}")


# The cast: what every story may draw on -------------------------------------------


@dataclass(frozen=True)
class Quotable:
    """A spokesperson as the copy quotes them."""

    pk: int
    attribution: str
    surname: str


@dataclass(frozen=True)
class Cast:
    """The rows stories draw on, read once; weights are cumulative."""

    section_by_kind: dict
    section_ids: list
    author_ids: list
    author_weights: list
    spokespersons: list
    tag_ids: list
    tag_weights: list
    tag_id_by_name: dict
    images_by_section: dict
    images: list


def gather_cast():
    """Sections, people, tags and demo images, creating the generated ones."""
    # In a transaction, reads stay on the primary, however fresh the rows.
    with transaction.atomic():
        author_ids = ensure_authors()
        spokespersons = ensure_spokespersons()
        tag_id_by_name = ensure_tags(TAG_POOL)
        sections = dict(Section.objects.values_list("slug", "pk"))
        images = demo_images()
    images_by_section = {}
    for image in images:
        images_by_section.setdefault(image["section_id"], []).append(image)
    return Cast(
        section_by_kind={
            kind: sections[slug]
            for kind, (slug, _) in KINDS.items()
            if slug in sections
        },
        section_ids=sorted(sections.values()),
        author_ids=author_ids,
        author_weights=zipf_weights(len(author_ids), AUTHOR_SKEW),
        spokespersons=spokespersons,
        tag_ids=[tag_id_by_name[name] for name in TAG_POOL],
        tag_weights=zipf_weights(len(TAG_POOL), TAG_SKEW),
        tag_id_by_name=tag_id_by_name,
        images_by_section=images_by_section,
        images=images,
    )


def zipf_weights(count, skew):
    """Cumulative weights of ranks 1..count, most popular first."""
    return list(accumulate(1 / rank**skew for rank in range(1, count + 1)))


def ensure_authors():
    """The ids of the demo's and the generated authors, most prolific first."""
    people = random.Random("newsdesk-authors")
    for name in AUTHOR_NAMES:
        country = people.choice(COUNTRIES)
        bio = (
            f"{name} covers {people.choice(BEATS)} for Newsdesk from "
            f"{country.capital}, reporting across {country.name} and the rest of "
            f"the {COUNCIL} region."
        )
        Author.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "bio": bio}
        )
    slugs = [item["slug"] for item in demo_content.AUTHORS]
    slugs += [slugify(name) for name in AUTHOR_NAMES]
    author_ids = list(
        Author.objects.filter(slug__in=slugs)
        .order_by("slug")
        .values_list("pk", flat=True)
    )
    people.shuffle(author_ids)
    return author_ids


def ensure_spokespersons():
    people = random.Random("newsdesk-spokespersons")
    for name in SPOKESPERSON_NAMES:
        Spokesperson.objects.get_or_create(
            slug=slugify(name), defaults=spokesperson_fields(name, people)
        )
    slugs = [item["slug"] for item in demo_content.SPOKESPERSONS]
    slugs += [slugify(name) for name in SPOKESPERSON_NAMES]
    return [
        Quotable(person.pk, person.attribution, person.name.split()[-1])
        for person in Spokesperson.objects.filter(slug__in=slugs).order_by("slug")
    ]


def spokesperson_fields(name, people):
    country = people.choice(COUNTRIES)
    organization, abbreviation, ranks = people.choice(ORGANISATIONS)
    return {
        "name": name,
        "rank": people.choice(ranks),
        "role": people.choice(ROLES),
        "organization": organization.format(
            name=country.name, adjective=country.adjective
        ),
        "organization_abbreviation": abbreviation.format(initial=country.name[0]),
        "country": country.name,
    }


def build_tag_pool():
    """A few hundred tag names, most popular first: the desk's broad subjects,
    then names of places, exercises, ships, kit and firms in a fixed shuffle."""
    broad = (
        f"Maritime Security, Joint Exercises, Procurement, {COUNCIL}, Training, "
        "Press Briefing, Defence Diplomacy, Logistics, Disaster Relief, Naval "
        "Exercises, Peacekeeping, Border Security, Air Defence, Cyber Defence, "
        "Shipbuilding, Search and Rescue, Reserves, Defence Budget, Fisheries "
        "Protection, Coastal Defence, Military Medicine, Recruitment, Veterans, "
        "Engineering, Hydrography, Mine Countermeasures, Air Transport, Civil "
        "Defence, Defence Industry, Military Education"
    ).split(", ")
    branches = ["Navy", "Army", "Air Force", "Coast Guard"]
    specific = [
        *(country.name for country in COUNTRIES),
        *(town for country in COUNTRIES for town in (country.capital, *country.towns)),
        *(f"Exercise {name}" for name in EXERCISES[::2]),
        *(f"{name}-Class {title_case(kind)}" for name, kind in SHIP_CLASSES),
        *(title_case(item) for item in EQUIPMENT),
        *COMPANIES,
        *SEAS,
        *(f"{c.adjective} {branch}" for c in COUNTRIES for branch in branches),
    ]
    random.Random("newsdesk-tags").shuffle(specific)
    return list(dict.fromkeys(broad + specific))


TAG_POOL = build_tag_pool()


def ensure_tags(names):
    """The id of every tag in `names`, creating those that are missing."""
    found = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    missing = [
        Tag(name=name, slug=slugify(name)) for name in names if name not in found
    ]
    Tag.objects.bulk_create(missing, ignore_conflicts=True)
    found.update(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    # A tag someone made under another spelling of the same slug is reused.
    by_slug = {slugify(name): name for name in names if name not in found}
    for slug, pk in Tag.objects.filter(slug__in=by_slug).values_list("slug", "pk"):
        found[by_slug[slug]] = pk
    return found


def demo_images():
    """The lead image fields of the demo desk's articles, to share their files."""
    demo_slugs = [item["slug"] for item in demo_content.ARTICLES]
    return list(
        Article.objects.filter(slug__in=demo_slugs)
        .exclude(lead_image="")
        # Without its size an article would open the file whenever it is loaded.
        .exclude(lead_image_width=None)
        .order_by("slug")
        .values(*IMAGE_FIELDS, "section_id")
    )


IMAGE_FIELDS = [
    "lead_image",
    "lead_image_width",
    "lead_image_height",
    "alt",
    "caption",
    "credit",
]


# One article ----------------------------------------------------------------------


@dataclass
class Draft:
    """An article's fields, the rows that will hang from it, and its id once
    it is stored."""

    fields: dict
    author_ids: list
    spokesperson_ids: list
    tag_ids: list
    related_count: int
    related: list = dataclasses.field(default_factory=list)
    pk: int | None = None

    @property
    def publish_at(self):
        return self.fields["publish_at"]

    @property
    def section_id(self):
        return self.fields["section_id"]

    def is_live(self, now):
        published = self.fields["status"] == Article.Status.PUBLISHED
        return published and self.publish_at <= now


def compose_article(number, *, cast, now):
    """Article number `number`: the same words, people and tags every time."""
    rng = random.Random(number)
    # Status and words come first and from their own stream, so neither shifts
    # when the desk has other people, sections or tags.
    status, publish_at, created_at, updated_at = draw_timeline(rng, now)
    kind = rng.choice(KIND_NAMES)
    facts = draw_facts(rng)
    picks = random.Random(rng.getrandbits(64))
    quoted = picks.sample(cast.spokespersons, draw(rng, QUOTED_COUNTS, QUOTED_WEIGHTS))
    title = rng.choice(HEADLINES[kind]).format_map(facts)
    section_id = draw_section(picks, kind, cast)
    fields = {
        "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
        "slug": f"{slug_words(title)}-g{number:0{NUMBER_DIGITS}d}",
        "title": title,
        "summary": rng.choice(SUMMARIES[kind]).format_map(facts),
        "body": write_body(rng, kind, facts, quoted),
        "dateline": facts["dateline"].upper(),
        "source": draw(rng, SOURCES, SOURCE_WEIGHTS),
        "section_id": section_id,
        "status": status,
        "publish_at": publish_at,
        "created_at": created_at,
        "updated_at": updated_at,
        # What save() would store: the moment of the last save, in microseconds.
        "version": int(updated_at.timestamp() * 1_000_000),
        **draw_lead_image(picks, section_id, cast),
    }
    byline_length = draw(picks, BYLINE_LENGTHS, BYLINE_WEIGHTS)
    return Draft(
        fields=fields,
        author_ids=draw_distinct(
            picks, cast.author_ids, cast.author_weights, byline_length
        ),
        spokesperson_ids=[person.pk for person in quoted],
        tag_ids=draw_tags(picks, kind, facts, cast),
        related_count=picks.randint(1, 3) if picks.random() < RELATED_SHARE else 0,
    )


def draw_lead_image(rng, section_id, cast):
    """The lead image fields of a demo article, of the same section when there
    is one: the files are shared, none is written."""
    if rng.random() >= LEAD_IMAGE_SHARE or not cast.images:
        return {}
    image = rng.choice(cast.images_by_section.get(section_id, cast.images))
    return {name: image[name] for name in IMAGE_FIELDS}


def draw(rng, population, weights):
    return rng.choices(population, weights)[0]


def draw_distinct(rng, population, cum_weights, count):
    """`count` different members of `population`, drawn by popularity."""
    chosen = []
    total = cum_weights[-1]
    while len(chosen) < min(count, len(population)):
        pick = population[bisect(cum_weights, rng.random() * total)]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def draw_timeline(rng, now):
    """Status, publish_at, created_at and updated_at, to the second."""
    roll = rng.random()
    if roll < DRAFT_SHARE:
        filed = now - seconds(rng, 60, 30 * DAY)
        return Article.Status.DRAFT, None, filed, filed
    roll -= DRAFT_SHARE
    if roll < REVIEW_SHARE:
        filed = now - seconds(rng, 60, 10 * DAY)
        # Half of what waits for review already has a planned time.
        planned = now + seconds(rng, HOUR, 10 * DAY) if rng.random() < 0.5 else None
        return Article.Status.REVIEW, planned, filed, filed
    roll -= REVIEW_SHARE
    if roll < SCHEDULED_SHARE:
        filed = now - seconds(rng, 60, 3 * DAY)
        embargo = now + seconds(rng, HOUR, 7 * DAY)
        return Article.Status.PUBLISHED, embargo, filed, filed
    roll -= SCHEDULED_SHARE
    return published_timeline(rng, now, withdrawn=roll < WITHDRAWN_SHARE)


def published_timeline(rng, now, *, withdrawn):
    """Filed a little before publication; now and then updated (or withdrawn)
    some hours after."""
    age = max(60, ARCHIVE_DAYS * DAY * rng.random() ** RECENT_BIAS)
    publish_at = now - timedelta(seconds=int(age))
    filed = publish_at - seconds(rng, 10 * 60, 6 * HOUR)
    updated = publish_at
    if withdrawn or rng.random() < UPDATED_LATER_SHARE:
        updated = min(now, publish_at + seconds(rng, HOUR, 3 * DAY))
    status = Article.Status.WITHDRAWN if withdrawn else Article.Status.PUBLISHED
    return status, publish_at, filed, updated


def seconds(rng, low, high):
    return timedelta(seconds=int(rng.uniform(low, high)))


def draw_facts(rng):
    """The names and numbers one story is about."""
    country, partner = rng.sample(COUNTRIES, 2)
    town = rng.choice(country.towns)
    ship_class, ship_type = rng.choice(SHIP_CLASSES)
    topic, agreement = rng.choice(TOPICS), rng.choice(AGREEMENTS)
    equipment, (incident, incident_title) = rng.choice(EQUIPMENT), rng.choice(INCIDENTS)
    adj = country.adjective
    return {
        "country": country.name,
        "adj": adj,
        "capital": country.capital,
        "town": town,
        "dateline": country.capital if rng.random() < 0.6 else town,
        "partner": partner.name,
        "partner_adj": partner.adjective,
        "partner_capital": partner.capital,
        "ministry": f"Ministry of Defence of {country.name}",
        "navy": f"{adj} Navy",
        "army": f"{adj} Army",
        "air_force": f"{adj} Air Force",
        "coast_guard": f"{adj} Coast Guard",
        "council": COUNCIL,
        "sea": rng.choice(SEAS),
        "exercise": rng.choice(EXERCISES),
        "unit": f"{rng.choice(ORDINALS)} {rng.choice(UNITS)}",
        "vessel": f"{country.ship_prefix} {rng.choice(VESSEL_NAMES)}",
        "ship_class": ship_class,
        "ship_type": ship_type,
        "Ship_type": title_case(ship_type),
        "company": rng.choice(COMPANIES),
        "topic": topic,
        "Topic": title_case(topic),
        "agreement": agreement,
        "Agreement": title_case(agreement),
        "equipment": equipment,
        "Equipment": title_case(equipment),
        "incident": incident,
        "Incident": incident_title,
        "people": f"{rng.randrange(300, 4800, 50):,}",
        "amount": f"{rng.randint(12, 900)} million crowns",
        "quantity": rng.randint(2, 24),
        "ships": rng.randint(3, 14),
        "aircraft": rng.randint(4, 30),
        "days": rng.randint(3, 16),
        "weeks": rng.randint(2, 9),
        "years": rng.randint(2, 12),
        "percent": rng.randint(4, 35),
        "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
    }


def draw_section(rng, kind, cast):
    own = cast.section_by_kind.get(kind)
    if own is None or rng.random() < OTHER_SECTION_SHARE:
        return rng.choice(cast.section_ids)
    return own


def draw_tags(rng, kind, facts, cast):
    """The story's country and kind, then popular and less popular subjects."""
    wanted = rng.choice(TAG_COUNTS)
    subjects = [
        cast.tag_id_by_name[facts["country"]],
        cast.tag_id_by_name[KINDS[kind][1]],
    ]
    for tag_id in draw_distinct(rng, cast.tag_ids, cast.tag_weights, wanted + 2):
        if len(subjects) < wanted and tag_id not in subjects:
            subjects.append(tag_id)
    return subjects


def slug_words(title):
    words = slugify(title)
    if len(words) > SLUG_WORDS_LENGTH:
        words = words[:SLUG_WORDS_LENGTH].rsplit("-", 1)[0]
    return words


def write_body(rng, kind, facts, quoted):
    """3 to 15 paragraphs of clean HTML: a lede, quotes, and sentences of the
    story's kind and of any story."""
    count = draw(rng, PARAGRAPHS, PARAGRAPH_WEIGHTS)
    extras = [quote_paragraph(rng, facts, person) for person in quoted]
    if rng.random() < SURVEY_THREAD_SHARE:
        extras.append(SURVEY_THREAD.format_map(facts))
    sizes = [rng.randint(2, 4) for _ in range(max(0, count - 1 - len(extras)))]
    pool = SENTENCES[kind] + GENERIC_SENTENCES
    sentences = iter(draw_sentences(rng, pool, sum(sizes)))
    paragraphs = [rng.choice(LEDES[kind])]
    paragraphs += [" ".join(islice(sentences, size)) for size in sizes]
    paragraphs = [paragraph.format_map(facts) for paragraph in paragraphs]
    for aside in draw_asides(rng):
        paragraphs[rng.randrange(len(paragraphs))] += " " + aside.format_map(facts)
    for extra in extras:
        paragraphs.insert(rng.randint(1, len(paragraphs)), extra)
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)


def draw_asides(rng):
    """The sentences with one word of BENCHMARK_QUERY each, at fixed odds."""
    asides = []
    if rng.random() < SURVEY_ASIDE_SHARE:
        asides.append(rng.choice(SURVEY_ASIDES))
    if rng.random() < HYDROGRAPHIC_ASIDE_SHARE:
        asides.append(rng.choice(HYDROGRAPHIC_ASIDES))
    return asides


def draw_sentences(rng, pool, count):
    """`count` sentences, none twice until the pool runs out."""
    drawn = []
    while len(drawn) < count:
        drawn += rng.sample(pool, min(count - len(drawn), len(pool)))
    return drawn


def quote_paragraph(rng, facts, person):
    said = rng.choice(QUOTES).format_map(facts)
    follow_up = rng.choice(QUOTE_FOLLOW_UPS).format(surname=person.surname, **facts)
    return f'"{said}," said {person.attribution}. {follow_up}'
