"""Original demo content for seed_demo: a small fictional defence desk."""

SECTIONS = [
    {
        "name": "Press Briefings",
        "slug": "press-briefings",
        "description": (
            "Statements and question-and-answer sessions from defence and foreign "
            "ministries across the Halcyon Sea region."
        ),
    },
    {
        "name": "Exercises",
        "slug": "exercises",
        "description": (
            "Joint, naval and command-post exercises involving the armed forces of "
            "Halcyon Sea Council member states."
        ),
    },
    {
        "name": "International Cooperation",
        "slug": "cooperation",
        "description": (
            "Agreements, exchanges, peacekeeping and disaster response work between "
            "governments and the Halcyon Sea Council."
        ),
    },
    {
        "name": "Procurement",
        "slug": "procurement",
        "description": (
            "Contracts, deliveries and acquisition plans from defence ministries and "
            "procurement agencies in the region."
        ),
    },
    {
        "name": "Maritime Security",
        "slug": "maritime",
        "description": (
            "Patrols, search and rescue, fisheries protection and safe navigation "
            "across the Halcyon Sea."
        ),
    },
]

AUTHORS = [
    {
        "name": "Petra Solvang",
        "slug": "petra-solvang",
        "bio": (
            "Petra Solvang is Newsdesk's defence correspondent in Valdora, covering "
            "the Aldrian armed forces and ministry briefings. She previously reported "
            "on regional politics and infrastructure for eight years."
        ),
    },
    {
        "name": "Julian Arrowood",
        "slug": "julian-arrowood",
        "bio": (
            "Julian Arrowood covers maritime security and naval affairs from Port "
            "Halden. He has reported from patrol vessels, survey ships and "
            "search-and-rescue exercises across the Halcyon Sea."
        ),
    },
    {
        "name": "Hana Kerovic",
        "slug": "hana-kerovic",
        "bio": (
            "Hana Kerovic is Newsdesk's diplomatic correspondent in Lindgrave, "
            "following the Halcyon Sea Council and its peacekeeping mission. She "
            "studied international law before joining the desk."
        ),
    },
    {
        "name": "Marcus Delane",
        "slug": "marcus-delane",
        "bio": (
            "Marcus Delane reports on defence procurement, budgets and the "
            "shipbuilding and electronics industries. He is based in Ulmholt and "
            "writes the desk's weekly contracts round-up."
        ),
    },
    {
        "name": "Sofia Renwick",
        "slug": "sofia-renwick",
        "bio": (
            "Sofia Renwick covers military training and multinational exercises for "
            "Newsdesk. She has followed field exercises on land, at sea and in the air "
            "throughout the region."
        ),
    },
    {
        "name": "Tobias Fenn",
        "slug": "tobias-fenn",
        "bio": (
            "Tobias Fenn is Newsdesk's bureau chief in Selcia, covering the Tavaran "
            "armed forces and disaster response. He joined the desk after a decade as "
            "a regional news editor."
        ),
    },
    {
        "name": "Amara Quill",
        "slug": "amara-quill",
        "bio": (
            "Amara Quill is a Newsdesk news editor who coordinates coverage across the "
            "desk's five bureaus. She also writes on cyber defence and logistics."
        ),
    },
]

SPOKESPERSONS = [
    {
        "name": "Mira Estevan",
        "slug": "mira-estevan",
        "rank": "Colonel",
        "role": "spokesperson",
        "organization": "Ministry of Defence of Aldria",
        "organization_abbreviation": "MOD",
        "country": "Aldria",
    },
    {
        "name": "Tomas Rellin",
        "slug": "tomas-rellin",
        "rank": "Captain",
        "role": "spokesperson",
        "organization": "Kestrian Navy",
        "organization_abbreviation": "KN",
        "country": "Kestria",
    },
    {
        "name": "Ilse Varga",
        "slug": "ilse-varga",
        "rank": "",
        "role": "spokesperson",
        "organization": "Ministry of Foreign Affairs of Ostmere",
        "organization_abbreviation": "MFA",
        "country": "Ostmere",
    },
    {
        "name": "Dario Feroz",
        "slug": "dario-feroz",
        "rank": "Lieutenant Colonel",
        "role": "spokesperson",
        "organization": "Tavaran Armed Forces",
        "organization_abbreviation": "TAF",
        "country": "Tavaro",
    },
    {
        "name": "Anneke Lund",
        "slug": "anneke-lund",
        "rank": "Commodore",
        "role": "spokesperson",
        "organization": "Defence Procurement Agency of Brennmark",
        "organization_abbreviation": "DPA",
        "country": "Brennmark",
    },
]

ARTICLES = [
    {
        "slug": "mod-briefing-northern-lantern-preparations",
        "title": (
            "Aldrian Defence Ministry Outlines Final Preparations for Exercise "
            "Northern Lantern"
        ),
        "summary": (
            "The Ministry of Defence of Aldria said more than 2,400 personnel from "
            "four Halcyon Sea Council members will take part in the two-week exercise, "
            "which begins on Monday."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "section": "press-briefings",
        "authors": ["petra-solvang"],
        "spokespersons": ["mira-estevan"],
        "tags": ["Aldria", "Press Briefing", "Joint Exercises", "Halcyon Sea Council"],
        "related": [
            "northern-lantern-exercise-opens-valdora",
            "tidewatch-naval-drill-strait-of-merrin",
        ],
        "days_ago": 1.1,
        "status": "published",
        "body": [
            (
                "The Ministry of Defence of Aldria has completed final preparations "
                "for Exercise Northern Lantern, a two-week joint exercise that will "
                "bring together land, air and naval units from four Halcyon Sea "
                "Council (HSC) member states, officials said. More than 2,400 "
                "personnel are expected to take part in activities across the Valdora "
                "training area and the coastal waters to the north."
            ),
            (
                '"The planning phase has been running for eight months, and all '
                "participating contingents have now confirmed their equipment and "
                'personnel," said Colonel Mira Estevan, spokesperson for the Ministry '
                "of Defence of Aldria (MOD), at a regular press briefing on Thursday. "
                '"Our priority is interoperability: shared procedures, shared '
                'communications and a common picture of the operating area."'
            ),
            (
                "Estevan said the exercise would open with a command-post phase at the "
                "Valdora Joint Operations Centre before moving to field training. "
                "Units from Kestria, Ostmere and Tavaro will join Aldrian forces, "
                "while observers from Brennmark are expected to attend the final week. "
                "The scenario is built around a notional crisis response mission and "
                "does not reflect any specific situation in the region, she added."
            ),
            (
                "Residents near the training area have been advised of temporary road "
                "closures and increased helicopter traffic during daylight hours. "
                "Estevan said the ministry had opened a public information line and "
                "would publish daily updates on its website. Live-fire activity will "
                "be limited to designated ranges and announced at least 24 hours in "
                "advance."
            ),
        ],
    },
    {
        "slug": "kestrian-navy-briefing-patrol-schedule",
        "title": (
            "Kestrian Navy Briefing Sets Out Expanded Patrol Schedule for Halcyon Sea "
            "Lanes"
        ),
        "summary": (
            "The Kestrian Navy said it would increase routine patrols in the Strait of "
            "Merrin from four to six a week, citing higher merchant traffic over the "
            "summer months."
        ),
        "dateline": "PORT HALDEN",
        "source": "Newsdesk Wire",
        "section": "press-briefings",
        "authors": ["julian-arrowood"],
        "spokespersons": ["tomas-rellin"],
        "tags": ["Kestria", "Press Briefing", "Maritime Security"],
        "related": [
            "hsc-maritime-centre-reports-fewer-incidents",
            "tidewatch-naval-drill-strait-of-merrin",
        ],
        "days_ago": 2.5,
        "status": "published",
        "body": [
            (
                "The Kestrian Navy will increase routine patrols in the Strait of "
                "Merrin from four to six a week starting next month, the service "
                "announced at its monthly press briefing in Port Halden. The "
                "additional sorties will be carried out by two offshore patrol vessels "
                "and a maritime patrol aircraft based at the Halden Point naval air "
                "station."
            ),
            (
                '"Merchant traffic through the strait typically rises by around 15 '
                "percent during the summer season, and we want our presence to keep "
                'pace with that," said Captain Tomas Rellin, spokesperson for the '
                'Kestrian Navy (KN). "These are routine patrols. Their purpose is to '
                "support safe navigation, respond quickly to distress calls and share "
                'information with our partners."'
            ),
            (
                "Rellin said the navy would continue to report its observations to the "
                "Halcyon Sea Council Maritime Coordination Centre, which collects data "
                "from all five member states. He noted that the centre had recorded no "
                "serious incidents in the strait during the previous quarter, apart "
                "from two engine failures involving small cargo vessels that were "
                "towed safely to port."
            ),
            (
                "Asked about the cost of the additional patrols, Rellin said they "
                "would be funded within the navy's existing operating budget. Fishing "
                "associations in the coastal town of Greywick have been briefed on the "
                "new schedule, he added, and patrol crews will continue to monitor the "
                "international distress frequency around the clock."
            ),
        ],
    },
    {
        "slug": "ostmere-mfa-briefing-serran-mission-mandate",
        "title": (
            "Ostmere Foreign Ministry Says HSC Serran Highlands Mission Mandate Set "
            "for Renewal"
        ),
        "summary": (
            "Ostmere's foreign ministry said council members had agreed in principle "
            "to extend the Serran Highlands monitoring mission for a further 12 "
            "months, with a formal decision expected next month."
        ),
        "dateline": "LINDGRAVE",
        "source": "Newsdesk Wire",
        "section": "press-briefings",
        "authors": ["hana-kerovic"],
        "spokespersons": ["ilse-varga"],
        "tags": ["Ostmere", "Press Briefing", "Peacekeeping", "Halcyon Sea Council"],
        "related": [
            "tavaro-engineers-rotate-into-serran-mission",
            "blue-meridian-serran-observers-pre-deployment-exercise",
        ],
        "days_ago": 5.75,
        "status": "published",
        "body": [
            (
                "Member states of the Halcyon Sea Council (HSC) have agreed in "
                "principle to renew the mandate of the bloc's monitoring mission in "
                "the Serran Highlands for a further 12 months, Ostmere's foreign "
                "ministry said on Wednesday. The unarmed mission, which has operated "
                "for six years, monitors the implementation of a boundary agreement in "
                "the highland area shared by Ostmere and Tavaro."
            ),
            (
                "\"All five members have expressed support for the mission's "
                "continuation, and we expect the formal decision to be adopted at the "
                'council meeting next month," said Ilse Varga, spokesperson for the '
                "Ministry of Foreign Affairs of Ostmere (MFA), at a regular press "
                'briefing in Lindgrave. "The mission has become a model of quiet, '
                'practical cooperation."'
            ),
            (
                "Varga said the renewed mandate would include a modest increase in the "
                "number of civilian liaison officers and a new requirement for "
                "quarterly public reports. The mission currently includes around 140 "
                "military observers and 35 civilian staff from all HSC members, with "
                "its headquarters in the town of Carrow."
            ),
            (
                "Responding to a question about funding, Varga said the mission's "
                "budget would remain broadly unchanged and would continue to be shared "
                "according to the council's standard contribution formula. She added "
                "that Ostmere would host a meeting of mission contributors in "
                "Lindgrave later this year to review lessons from the past mandate "
                "period."
            ),
        ],
    },
    {
        "slug": "tavaro-briefing-flood-relief-update",
        "title": (
            "Tavaran Armed Forces Briefing Details Flood Relief Effort in the Amber "
            "River Delta"
        ),
        "summary": (
            "Tavaro's armed forces said more than 1,100 personnel were supporting "
            "civilian authorities in the Amber River delta, where around 6,000 "
            "residents have moved to temporary shelters as a precaution."
        ),
        "dateline": "SELCIA",
        "source": "Newsdesk Staff",
        "section": "press-briefings",
        "authors": ["tobias-fenn"],
        "spokespersons": ["dario-feroz"],
        "tags": ["Tavaro", "Press Briefing", "Disaster Relief"],
        "related": [
            "hsc-ministers-agree-disaster-response-framework",
            "tavaro-transport-helicopters-first-delivery",
        ],
        "days_ago": 9.2,
        "status": "published",
        "body": [
            (
                "More than 1,100 members of the Tavaran Armed Forces are supporting "
                "civilian authorities in the Amber River delta after a week of heavy "
                "rain caused widespread flooding, the military said at a press "
                "briefing in Selcia on Tuesday. Around 6,000 residents have moved to "
                "temporary shelters as a precaution, according to the regional "
                "emergency management office."
            ),
            (
                '"Our engineers are reinforcing embankments at four locations, and '
                "our helicopters have delivered more than 90 tonnes of drinking water, "
                'food and medical supplies," said Lieutenant Colonel Dario Feroz, '
                'spokesperson for the Tavaran Armed Forces (TAF). "Every task we '
                "carry out is requested and coordinated by the civilian authorities, "
                'who remain in the lead."'
            ),
            (
                "Feroz said army field kitchens had been set up at three shelters and "
                "that military water purification units were producing about 40,000 "
                "litres of drinking water a day. Two naval landing craft have been "
                "deployed to the delta to move supplies to villages that can currently "
                "only be reached by water."
            ),
            (
                "Feroz said Kestria and Aldria had offered additional assistance "
                "through existing Halcyon Sea Council arrangements, and that the "
                "offers were being reviewed. Water levels at the main gauge near the "
                "town of Orvessa fell slightly overnight, he said, but the forces "
                "would remain deployed until the regional authorities judge the "
                "situation to be stable."
            ),
        ],
    },
    {
        "slug": "brennmark-dpa-briefing-annual-acquisition-plan",
        "title": (
            "Brennmark Procurement Agency Publishes Annual Acquisition Plan at Ulmholt "
            "Briefing"
        ),
        "summary": (
            "The Defence Procurement Agency of Brennmark said its plan for the coming "
            "year prioritises coastal surveillance, training simulators and spare "
            "parts, with more contracts open to smaller firms."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Wire",
        "section": "press-briefings",
        "authors": ["marcus-delane"],
        "spokespersons": ["anneke-lund"],
        "tags": ["Brennmark", "Press Briefing", "Procurement", "Shipbuilding"],
        "related": [
            "brennmark-orders-coastal-radar-network",
            "brennmark-dpa-field-hospital-modules",
        ],
        "days_ago": 14.6,
        "status": "published",
        "body": [
            (
                "The Defence Procurement Agency of Brennmark published its annual "
                "acquisition plan on Thursday, setting out 46 planned contracts for "
                "the coming year with a combined estimated value of 1.8 billion "
                "crowns. The plan prioritises coastal surveillance equipment, training "
                "simulators and spare parts for existing vehicle fleets, as well as "
                "mid-life refits of two naval support ships at the Ulmholt Marine "
                "Works shipyard."
            ),
            (
                "\"This year's plan is about readiness rather than new headline "
                'programmes," said Commodore Anneke Lund, spokesperson for the '
                "Defence Procurement Agency of Brennmark (DPA), at a press briefing in "
                'Ulmholt. "Keeping existing equipment available and well maintained '
                'gives our armed forces the most value for every crown we spend."'
            ),
            (
                "Lund said the agency would divide several large maintenance contracts "
                "into smaller lots to make it easier for small and medium-sized "
                "companies to compete. Industry information days are planned in "
                "Ulmholt and the port city of Saltvik in the coming weeks, and all "
                "tender notices will be published on the agency's procurement portal."
            ),
            (
                "The plan also includes a feasibility study on a shared purchasing "
                "arrangement with other Halcyon Sea Council members for ammunition "
                "storage containers and field medical equipment. Lund said talks with "
                "partner agencies were at an early stage and that any joint purchase "
                "would require approval from each participating government."
            ),
        ],
    },
    {
        "slug": "aldria-mod-briefing-cyber-defence-centre",
        "title": (
            "Aldria Defence Ministry to Brief Reporters on New Cyber Defence "
            "Operations Centre"
        ),
        "summary": (
            "The Ministry of Defence of Aldria will present details of its new cyber "
            "defence operations centre in Valdora, which is due to reach initial "
            "operating capability later this year."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Staff",
        "section": "press-briefings",
        "authors": ["petra-solvang", "amara-quill"],
        "spokespersons": ["mira-estevan"],
        "tags": ["Aldria", "Cyber Defence", "Press Briefing"],
        "related": [],
        "days_ago": -2,
        "status": "review",
        "body": [
            (
                "The Ministry of Defence of Aldria is expected to present details of a "
                "new cyber defence operations centre at a press briefing in Valdora, "
                "officials said. The centre, located at the Harrowfield military "
                "campus, will monitor and protect military networks and coordinate "
                "with the national computer emergency response team."
            ),
            (
                '"Protecting our networks is as much a part of readiness as '
                'maintaining vehicles or training crews," said Colonel Mira Estevan, '
                'spokesperson for the Ministry of Defence of Aldria (MOD). "The new '
                "centre brings specialists who were previously spread across several "
                'sites under one roof, with round-the-clock staffing."'
            ),
            (
                "Estevan said the centre would initially employ about 120 military and "
                "civilian specialists and would reach initial operating capability "
                "later this year. A graduate recruitment programme with three Aldrian "
                "universities is scheduled to begin in the autumn, she said, offering "
                "paid placements for students in computer science and engineering."
            ),
            (
                "The ministry plans to invite cyber defence teams from other Halcyon "
                "Sea Council members to visit the centre once it is operational. "
                "Estevan said information sharing with partners would take place "
                "through existing council agreements and would not involve access to "
                "national networks."
            ),
        ],
    },
    {
        "slug": "northern-lantern-exercise-opens-valdora",
        "title": (
            "Exercise Northern Lantern Opens in Valdora With Troops From Four HSC "
            "Member States"
        ),
        "summary": (
            "Aldrian, Kestrian, Ostmeri and Tavaran units began the command-post phase "
            "of the Halcyon Sea Council's largest joint exercise of the year, with a "
            "naval phase due to start next week."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "section": "exercises",
        "authors": ["sofia-renwick", "petra-solvang"],
        "spokespersons": ["mira-estevan", "tomas-rellin"],
        "tags": ["Joint Exercises", "Aldria", "Kestria", "Halcyon Sea Council"],
        "related": [
            "mod-briefing-northern-lantern-preparations",
            "tidewatch-naval-drill-strait-of-merrin",
        ],
        "days_ago": 0.3,
        "status": "published",
        "body": [
            (
                "Exercise Northern Lantern formally opened on Monday at the Valdora "
                "Joint Operations Centre, where staff officers from Aldria, Kestria, "
                "Ostmere and Tavaro began a five-day command-post phase. The exercise, "
                "hosted by Aldria on behalf of the Halcyon Sea Council (HSC), is the "
                "bloc's largest joint training event of the year and will continue for "
                "two weeks."
            ),
            (
                '"Today is about testing how quickly four national headquarters can '
                'work as one," said Colonel Mira Estevan, spokesperson for the '
                "Ministry of Defence of Aldria (MOD), speaking to reporters at the "
                'opening ceremony. "By the end of the week we want a single planning '
                'cycle, one set of orders and one shared map."'
            ),
            (
                "The maritime phase will begin next week off the northern coast, where "
                "Kestrian and Aldrian ships will practise escort, boarding and "
                'search-and-rescue procedures. "The Kestrian Navy is contributing two '
                'frigates, a replenishment ship and a diving team," said Captain '
                'Tomas Rellin, spokesperson for the Kestrian Navy (KN). "Our crews '
                'have trained with Aldrian units before, but never at this scale."'
            ),
            (
                "Rellin said the naval phase would also include a night exercise with "
                "maritime patrol aircraft from Tavaro. Estevan added that around 180 "
                "vehicles had been moved to the training area by rail over the weekend "
                "and that all field activity would remain inside designated zones."
            ),
        ],
    },
    {
        "slug": "tidewatch-naval-drill-strait-of-merrin",
        "title": (
            "Kestrian and Aldrian Ships Complete Exercise Tidewatch Naval Drill in "
            "Strait of Merrin"
        ),
        "summary": (
            "Six warships and two maritime patrol aircraft practised convoy escort, "
            "communications and search-and-rescue procedures during the four-day "
            "Tidewatch exercise."
        ),
        "dateline": "PORT HALDEN",
        "source": "Newsdesk Wire",
        "section": "exercises",
        "authors": ["julian-arrowood", "sofia-renwick"],
        "spokespersons": ["tomas-rellin"],
        "tags": ["Naval Exercises", "Kestria", "Aldria", "Maritime Security"],
        "related": [
            "aldrian-frigate-steadfast-joins-hsc-patrol-group",
            "kestrian-navy-briefing-patrol-schedule",
        ],
        "days_ago": 6.4,
        "status": "published",
        "body": [
            (
                "Six warships from Kestria and Aldria completed the four-day Exercise "
                "Tidewatch in the Strait of Merrin on Sunday, practising convoy "
                "escort, communications and search-and-rescue procedures alongside two "
                "maritime patrol aircraft. The exercise is held twice a year under the "
                "Halcyon Sea Council's maritime cooperation programme."
            ),
            (
                '"Tidewatch gives our crews the chance to work with partner ships in '
                'the same waters where they carry out real patrols," said Captain '
                'Tomas Rellin, spokesperson for the Kestrian Navy (KN). "This edition '
                "focused on communications when satellite links are unavailable, which "
                'is a skill every navy needs to keep current."'
            ),
            (
                "Rellin said the search-and-rescue serial involved locating a drifting "
                "life raft simulated by a radar reflector buoy, which a Kestrian "
                "helicopter found within 40 minutes of the alert. Crews also practised "
                "transferring fuel and stores between ships at sea and conducted a "
                "joint boarding drill on a cooperating merchant vessel."
            ),
            (
                "Merchant shipping was notified of the exercise areas in advance, and "
                "Rellin said there had been no disruption to commercial traffic. The "
                "next edition of Tidewatch is planned for the autumn, when Tavaro is "
                "expected to contribute a corvette for the first time."
            ),
        ],
    },
    {
        "slug": "tavaran-paratroopers-complete-iron-meadow",
        "title": (
            "Tavaran Paratroopers Complete Exercise Iron Meadow on the Veldan Plateau"
        ),
        "summary": (
            "About 600 paratroopers and support personnel took part in Tavaro's annual "
            "airborne exercise, which this year included night parachute drops and a "
            "field medical evacuation serial."
        ),
        "dateline": "SELCIA",
        "source": "Newsdesk Staff",
        "section": "exercises",
        "authors": ["tobias-fenn"],
        "spokespersons": ["dario-feroz"],
        "tags": ["Joint Exercises", "Tavaro", "Training"],
        "related": [
            "blue-meridian-serran-observers-pre-deployment-exercise",
            "tavaro-transport-helicopters-first-delivery",
        ],
        "days_ago": 11.8,
        "status": "published",
        "body": [
            (
                "About 600 paratroopers and support personnel from the Tavaran Armed "
                "Forces completed Exercise Iron Meadow, the country's annual airborne "
                "training event, on the Veldan Plateau east of Selcia on Friday. The "
                "ten-day exercise included parachute insertions by day and night, "
                "airfield seizure drills and a field medical evacuation serial."
            ),
            (
                '"Airborne operations demand precise planning between aircrews, '
                "jumpmasters and ground units, and that is exactly what Iron Meadow is "
                'designed to test," said Lieutenant Colonel Dario Feroz, spokesperson '
                'for the Tavaran Armed Forces (TAF). "This year we also placed more '
                "emphasis on medical evacuation, including a night serial using a "
                'rotary-wing ambulance."'
            ),
            (
                "Feroz said three transport aircraft from the Tavaran Air Force flew "
                "42 sorties during the exercise, dropping personnel and about 70 "
                "tonnes of equipment. Observers from Aldria and Ostmere attended the "
                "final three days under a Halcyon Sea Council programme that "
                "encourages members to share training practices."
            ),
            (
                "The exercise area is used regularly for military training, and local "
                "farmers were consulted before the dates were set, Feroz said. Minor "
                "damage to two field tracks caused by heavy vehicles will be repaired "
                "by army engineers over the coming weeks."
            ),
        ],
    },
    {
        "slug": "brennmark-tests-short-range-air-defence-systems",
        "title": (
            "Brennmark Tests Newly Delivered Short-Range Air Defence Systems in "
            "Ulmholt Drill"
        ),
        "summary": (
            "Brennmark's armed forces used a three-day drill near Ulmholt to validate "
            "short-range air defence systems delivered last year, with procurement "
            "officials observing."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Wire",
        "section": "exercises",
        "authors": ["sofia-renwick", "marcus-delane"],
        "spokespersons": ["anneke-lund"],
        "tags": ["Air Defence", "Brennmark", "Joint Exercises", "Procurement"],
        "related": [
            "brennmark-dpa-briefing-annual-acquisition-plan",
            "brennmark-orders-coastal-radar-network",
        ],
        "days_ago": 18.3,
        "status": "published",
        "body": [
            (
                "Brennmark's armed forces carried out a three-day air defence drill "
                "near Ulmholt this week, the first large-scale test of short-range air "
                "defence systems delivered to the army last year. Crews practised "
                "detecting, tracking and engaging target drones flown by a contractor "
                "over the Skarre firing range on the coast."
            ),
            (
                '"The drill confirmed that the systems perform as specified and that '
                "our crews can operate them effectively after their conversion "
                'training," said Commodore Anneke Lund, spokesperson for the Defence '
                "Procurement Agency of Brennmark (DPA), which oversaw the purchase. "
                '"Acceptance testing is not complete until equipment has been used in '
                'realistic conditions by the people who will rely on it."'
            ),
            (
                "Lund said the agency had collected performance data from 28 target "
                "engagements, which would be reviewed with the manufacturer, Norvane "
                "Systems, before the final acceptance certificate is signed. Two minor "
                "software issues identified during the drill are expected to be "
                "resolved through an update included in the existing support contract."
            ),
            (
                "Air traffic in the area was restricted during firing windows in "
                "coordination with civil aviation authorities. Lund added that "
                "officers from two Halcyon Sea Council partners had observed the drill "
                "and that the results would be shared through the council's air "
                "defence working group."
            ),
        ],
    },
    {
        "slug": "blue-meridian-serran-observers-pre-deployment-exercise",
        "title": (
            "Serran Mission Observers Rehearse Patrols in Exercise Blue Meridian Near "
            "Selcia"
        ),
        "summary": (
            "Military observers preparing to join the Halcyon Sea Council monitoring "
            "mission in the Serran Highlands completed a two-week pre-deployment "
            "exercise hosted by Tavaro."
        ),
        "dateline": "SELCIA",
        "source": "Newsdesk Staff",
        "section": "exercises",
        "authors": ["sofia-renwick", "tobias-fenn"],
        "spokespersons": ["dario-feroz"],
        "tags": ["Peacekeeping", "Training", "Tavaro", "Halcyon Sea Council"],
        "related": [
            "ostmere-mfa-briefing-serran-mission-mandate",
            "tavaro-engineers-rotate-into-serran-mission",
        ],
        "days_ago": 26.5,
        "status": "published",
        "body": [
            (
                "Eighty-four military observers preparing to join the Halcyon Sea "
                "Council (HSC) monitoring mission in the Serran Highlands have "
                "completed Exercise Blue Meridian, a two-week pre-deployment course "
                "hosted by Tavaro at its peace support training centre near Selcia. "
                "The observers come from all five council member states and will "
                "deploy with the next rotation."
            ),
            (
                '"Observers need to report accurately, negotiate calmly and work in '
                'mixed international teams from their first day in the mission area," '
                "said Lieutenant Colonel Dario Feroz, spokesperson for the Tavaran "
                'Armed Forces (TAF). "Blue Meridian puts them in realistic '
                "situations, from a road blocked by a landslide to a disagreement "
                'between two village councils over grazing land."'
            ),
            (
                "Feroz said role players from local communities took part in several "
                "scenarios, and instructors from Ostmere and Kestria helped run the "
                "course. Participants also completed training in first aid, off-road "
                "driving, radio procedures and the mission's reporting standards, "
                "which were updated last year."
            ),
            (
                "The course ended with a three-day field phase in which teams carried "
                "out patrols, compiled daily reports and briefed a simulated mission "
                "headquarters. Feroz said the peace support training centre would host "
                "two further courses this year, including one for civilian liaison "
                "staff."
            ),
        ],
    },
    {
        "slug": "shield-line-cyber-defence-exercise-opens-valdora",
        "title": (
            "Aldria Hosts Shield Line Cyber Defence Exercise for HSC Network Defence "
            "Teams"
        ),
        "summary": (
            "Cyber defence teams from all five Halcyon Sea Council members began a "
            "three-day exercise in Valdora, testing how they detect and respond to "
            "simulated network intrusions."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "section": "exercises",
        "authors": ["amara-quill", "sofia-renwick"],
        "spokespersons": ["mira-estevan"],
        "tags": ["Cyber Defence", "Joint Exercises", "Aldria", "Halcyon Sea Council"],
        "related": ["northern-lantern-exercise-opens-valdora"],
        "days_ago": -1.5,
        "status": "published",
        "body": [
            (
                "Cyber defence teams from all five Halcyon Sea Council (HSC) member "
                "states began Exercise Shield Line on Monday, a three-day event run "
                "from the Harrowfield military campus in Valdora. The teams are "
                "defending a simulated military logistics network against a series of "
                "scripted intrusions designed by an independent exercise control cell."
            ),
            (
                '"Shield Line is a training environment, completely separated from '
                "any operational network, where teams can make mistakes and learn from "
                'them," said Colonel Mira Estevan, spokesperson for the Ministry of '
                'Defence of Aldria (MOD). "The goal is to improve how quickly we '
                'detect problems, share information and restore services."'
            ),
            (
                "Estevan said about 150 people were taking part, including legal "
                "advisers and communications officers, because incident response "
                "involves more than technical work. Each national team will receive a "
                "confidential performance report, while a summary of lessons learned "
                "will be shared with the council's cyber defence working group."
            ),
            (
                "The exercise is the third edition of Shield Line and the first hosted "
                "by Aldria. Estevan said the ministry would use the results to shape "
                "training for staff at its new cyber defence operations centre, which "
                "is due to begin operations later this year."
            ),
        ],
    },
    {
        "slug": "ostmere-aldria-sign-defence-cooperation-roadmap",
        "title": (
            "Ostmere and Aldria Sign Three-Year Defence Cooperation Roadmap in "
            "Lindgrave"
        ),
        "summary": (
            "The roadmap covers joint training, officer exchanges, military medicine "
            "and disaster response, and follows two years of talks between the two "
            "governments."
        ),
        "dateline": "LINDGRAVE",
        "source": "Newsdesk Wire",
        "section": "cooperation",
        "authors": ["hana-kerovic", "petra-solvang"],
        "spokespersons": ["ilse-varga", "mira-estevan"],
        "tags": ["Ostmere", "Aldria", "Defence Diplomacy", "Training"],
        "related": [
            "hsc-ministers-agree-disaster-response-framework",
            "kestria-tavaro-naval-training-exchange",
        ],
        "days_ago": 3.4,
        "status": "published",
        "body": [
            (
                "Ostmere and Aldria signed a three-year defence cooperation roadmap in "
                "Lindgrave on Tuesday, covering joint training, officer exchanges, "
                "military medicine and cooperation on disaster response. The document "
                "was signed by the two countries' defence ministers following a "
                "meeting at the Ostmeri foreign ministry."
            ),
            (
                '"This roadmap turns a good relationship into a practical work plan '
                'with clear goals and dates," said Ilse Varga, spokesperson for the '
                'Ministry of Foreign Affairs of Ostmere (MFA). "It also supports our '
                "shared commitments within the Halcyon Sea Council, because closer "
                'bilateral ties make the whole bloc work better."'
            ),
            (
                "Under the roadmap, the two countries will exchange up to 20 officers "
                "a year between their staff colleges and hold an annual joint "
                "engineering exercise focused on bridge building and flood defences. "
                '"Our engineers have much to learn from each other, particularly on '
                'river crossings and emergency infrastructure," said Colonel Mira '
                "Estevan, spokesperson for the Ministry of Defence of Aldria (MOD)."
            ),
            (
                "Estevan said the first officer exchanges would begin at the start of "
                "the next academic year. Varga added that a joint steering committee "
                "would meet twice a year to review progress and that a public summary "
                "of its work would be published annually."
            ),
        ],
    },
    {
        "slug": "hsc-ministers-agree-disaster-response-framework",
        "title": (
            "HSC Defence Ministers Agree Framework for Faster Military Support in "
            "Disasters"
        ),
        "summary": (
            "The framework sets common procedures for requesting and deploying "
            "military assets between Halcyon Sea Council members after floods, storms "
            "and other emergencies."
        ),
        "dateline": "LINDGRAVE",
        "source": "Newsdesk Wire",
        "section": "cooperation",
        "authors": ["hana-kerovic", "amara-quill"],
        "spokespersons": ["ilse-varga"],
        "tags": ["Halcyon Sea Council", "Disaster Relief", "Defence Diplomacy"],
        "related": [
            "tavaro-briefing-flood-relief-update",
            "kestria-storm-ilka-relief-sealift",
        ],
        "days_ago": 8.1,
        "status": "published",
        "body": [
            (
                "Defence ministers of the Halcyon Sea Council (HSC) agreed on Friday a "
                "framework designed to speed up military support between member states "
                "after natural disasters. The agreement, reached at a meeting in "
                "Lindgrave, sets out common procedures for requesting help, moving "
                "personnel and equipment across borders and placing them under the "
                "direction of the host nation's civilian authorities."
            ),
            (
                '"When a river floods or a storm reaches the coast, the first 48 '
                "hours matter most, and paperwork should never be the reason help "
                'arrives late," said Ilse Varga, spokesperson for the Ministry of '
                "Foreign Affairs of Ostmere (MFA), which currently holds the council's "
                'rotating chair. "This framework means every member knows in advance '
                'what to ask for and how to receive it."'
            ),
            (
                "Varga said the framework includes a shared catalogue of assets that "
                "members are prepared to offer at short notice, such as transport "
                "helicopters, water purification units, field hospitals and "
                "engineering teams. Customs and airspace clearances for relief flights "
                "will be handled through a single point of contact in each capital."
            ),
            (
                "The framework takes effect immediately, though Varga said national "
                "procedures would be updated over the coming months. The council plans "
                "to test the new arrangements during a tabletop exercise later this "
                "year, using a scenario based on severe flooding in a coastal region."
            ),
        ],
    },
    {
        "slug": "tavaro-engineers-rotate-into-serran-mission",
        "title": (
            "Tavaran Engineers Join HSC Serran Highlands Mission in Latest Troop "
            "Rotation"
        ),
        "summary": (
            "A company of Tavaran military engineers has arrived in the Serran "
            "Highlands to maintain roads, water points and observation posts used by "
            "the council's monitoring mission."
        ),
        "dateline": "CARROW",
        "source": "Newsdesk Staff",
        "section": "cooperation",
        "authors": ["tobias-fenn", "hana-kerovic"],
        "spokespersons": ["dario-feroz", "ilse-varga"],
        "tags": ["Peacekeeping", "Tavaro", "Ostmere", "Border Security"],
        "related": [
            "ostmere-mfa-briefing-serran-mission-mandate",
            "blue-meridian-serran-observers-pre-deployment-exercise",
        ],
        "days_ago": 13.7,
        "status": "published",
        "body": [
            (
                "A company of 95 military engineers from Tavaro arrived in the Serran "
                "Highlands this week to support the Halcyon Sea Council's monitoring "
                "mission, replacing an Ostmeri engineering unit that has completed a "
                "six-month deployment. The engineers will maintain mountain roads, "
                "water supply points and observation posts used by the mission's "
                "unarmed monitors."
            ),
            (
                '"Our engineers bring experience from working in difficult terrain at '
                "home, and they are proud to support a mission that has helped keep "
                'the highlands calm for years," said Lieutenant Colonel Dario Feroz, '
                'spokesperson for the Tavaran Armed Forces (TAF). "They will also '
                "carry out small projects requested by local communities, such as "
                'repairing footbridges."'
            ),
            (
                "The handover took place at the mission's headquarters in Carrow, "
                "where the outgoing Ostmeri unit briefed its successors on ongoing "
                'projects. "Rotations like this show the mission is a shared effort '
                'in the fullest sense," said Ilse Varga, spokesperson for the '
                'Ministry of Foreign Affairs of Ostmere (MFA). "Each contingent '
                'builds on the work of the one before."'
            ),
            (
                "Varga said the outgoing unit had resurfaced 32 kilometres of road and "
                "installed four new water tanks during its deployment. Feroz said the "
                "Tavaran company would remain in the mission area until the end of the "
                "year, supported by a small logistics detachment based in Carrow."
            ),
        ],
    },
    {
        "slug": "kestria-tavaro-naval-training-exchange",
        "title": (
            "Kestria and Tavaro Launch Naval Training Exchange for Junior Officers and "
            "Boat Crews"
        ),
        "summary": (
            "Junior officers and small-boat crews from the two navies will spend up to "
            "eight weeks training with each other's units under an agreement announced "
            "in Port Halden."
        ),
        "dateline": "PORT HALDEN",
        "source": "Newsdesk Wire",
        "section": "cooperation",
        "authors": ["julian-arrowood", "tobias-fenn"],
        "spokespersons": ["tomas-rellin", "dario-feroz"],
        "tags": ["Training", "Kestria", "Tavaro", "Maritime Security"],
        "related": [
            "tavaran-navy-tows-disabled-cargo-ship-corra-islands",
            "kestrian-navy-briefing-patrol-schedule",
        ],
        "days_ago": 21.4,
        "status": "published",
        "body": [
            (
                "Kestria and Tavaro have launched a naval training exchange that will "
                "allow junior officers and small-boat crews to spend up to eight weeks "
                "with each other's units, the two navies announced in Port Halden on "
                "Monday. The first group of 12 Tavaran sailors is due to join Kestrian "
                "patrol vessels next month."
            ),
            (
                '"Serving alongside another navy teaches officers things no classroom '
                "can, from different bridge routines to new ways of solving everyday "
                'problems at sea," said Captain Tomas Rellin, spokesperson for the '
                'Kestrian Navy (KN). "We expect our own sailors to come back from '
                'Tavaro with a wider view of the Halcyon Sea and our partners in it."'
            ),
            (
                "Kestrian personnel will train with Tavaran patrol boat squadrons "
                "around the Corra Islands, where the Tavaran navy has long experience "
                'of shallow-water navigation. "The Corra Islands are an excellent '
                'classroom for small-boat handling and search-and-rescue work," said '
                "Lieutenant Colonel Dario Feroz, spokesperson for the Tavaran Armed "
                'Forces (TAF). "Our crews are looking forward to hosting their '
                'Kestrian colleagues."'
            ),
            (
                "Rellin said the exchange would initially run for two years, after "
                "which both navies would review the results. Feroz added that "
                "participants would receive language training before their placements "
                "and that the programme could later be extended to engineering and "
                "logistics specialists."
            ),
        ],
    },
    {
        "slug": "brennmark-hosts-hsc-logistics-conference",
        "title": (
            "Brennmark Hosts HSC Military Logistics Conference on Shared Transport and "
            "Spare Parts"
        ),
        "summary": (
            "Logistics officers and procurement officials from the five Halcyon Sea "
            "Council members met in Ulmholt to discuss shared airlift, common spare "
            "parts stocks and fuel supply."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Staff",
        "section": "cooperation",
        "authors": ["marcus-delane", "amara-quill"],
        "spokespersons": ["anneke-lund"],
        "tags": ["Logistics", "Brennmark", "Halcyon Sea Council", "Defence Diplomacy"],
        "related": [
            "brennmark-dpa-briefing-annual-acquisition-plan",
            "hsc-ministers-agree-disaster-response-framework",
        ],
        "days_ago": 30.2,
        "status": "published",
        "body": [
            (
                "Logistics officers and procurement officials from the five Halcyon "
                "Sea Council (HSC) member states met in Ulmholt this week for a "
                "two-day conference on military transport, spare parts and fuel "
                "supply. The event, hosted by Brennmark, focused on practical steps to "
                "reduce costs and improve support during joint exercises and relief "
                "operations."
            ),
            (
                '"Many of our members operate the same types of trucks, helicopters '
                'and radios, yet each of us holds separate stocks of spare parts," '
                "said Commodore Anneke Lund, spokesperson for the Defence Procurement "
                'Agency of Brennmark (DPA). "Sharing information on what we hold, and '
                "where, is a simple first step that could save time and money for "
                'everyone."'
            ),
            (
                "Lund said participants had agreed to set up a working group to map "
                "common equipment across member states and identify items suitable for "
                "shared stocks. Delegates also discussed a proposal to coordinate "
                "airlift for joint exercises, allowing partially filled transport "
                "flights to carry cargo for other members."
            ),
            (
                "The working group is expected to present initial findings at the next "
                "HSC defence ministers' meeting. Lund said Brennmark had offered to "
                "host a small secretariat for the group at the agency's headquarters "
                "in Ulmholt during its first year and that other members had been "
                "invited to second staff to it."
            ),
        ],
    },
    {
        "slug": "hsc-summit-lindgrave-agenda-preview",
        "title": (
            "HSC Leaders to Review Maritime and Disaster Response Cooperation at "
            "Lindgrave Summit"
        ),
        "summary": (
            "Ostmere, which holds the council's rotating chair, said the summit agenda "
            "would include maritime security, the disaster response framework and the "
            "Serran Highlands mission."
        ),
        "dateline": "LINDGRAVE",
        "source": "Newsdesk Wire",
        "section": "cooperation",
        "authors": ["hana-kerovic"],
        "spokespersons": ["ilse-varga"],
        "tags": ["Halcyon Sea Council", "Defence Diplomacy", "Ostmere", "Shipbuilding"],
        "related": [
            "ostmere-mfa-briefing-serran-mission-mandate",
            "hsc-ministers-agree-disaster-response-framework",
        ],
        "days_ago": -10,
        "status": "draft",
        "body": [
            (
                "Heads of government of the five Halcyon Sea Council (HSC) member "
                "states will meet in Lindgrave for the bloc's annual summit, with "
                "maritime security, disaster response and the Serran Highlands "
                "monitoring mission expected to top the agenda. Ostmere, which holds "
                "the council's rotating chair this year, will host the two-day "
                "meeting."
            ),
            (
                '"The summit is an opportunity to take stock of a busy year and agree '
                'priorities for the next one," said Ilse Varga, spokesperson for the '
                'Ministry of Foreign Affairs of Ostmere (MFA). "We expect leaders to '
                "welcome the progress made on the disaster response framework and to "
                'discuss how the maritime coordination centre can be strengthened."'
            ),
            (
                "Varga said a final declaration was being negotiated by senior "
                "officials and would be published at the close of the summit. Side "
                "meetings are planned between defence and foreign ministers, and a "
                "business forum on shipbuilding and maritime technology will take "
                "place at the Lindgrave exhibition centre on the opening day."
            ),
            (
                "Road closures will be in place in central Lindgrave during the "
                "summit, and accredited media will work from a press centre near the "
                "harbour. Varga said further details of the programme would be "
                "released in the week before the meeting."
            ),
        ],
    },
    {
        "slug": "brennmark-orders-coastal-radar-network",
        "title": (
            "Brennmark Orders Coastal Surveillance Radar Network to Cover Northern "
            "Shipping Lanes"
        ),
        "summary": (
            "The Defence Procurement Agency of Brennmark has signed a contract for 14 "
            "coastal radar stations, with installation due to start next year and "
            "finish within three years."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Wire",
        "section": "procurement",
        "authors": ["marcus-delane"],
        "spokespersons": ["anneke-lund"],
        "tags": ["Procurement", "Brennmark", "Maritime Security"],
        "related": [
            "hsc-maritime-centre-reports-fewer-incidents",
            "brennmark-dpa-briefing-annual-acquisition-plan",
        ],
        "days_ago": 4.9,
        "status": "published",
        "body": [
            (
                "The Defence Procurement Agency of Brennmark has signed a contract "
                "worth 240 million crowns for a network of 14 coastal surveillance "
                "radar stations covering the country's northern coastline and the "
                "approaches to the Halcyon Sea. The stations will be supplied and "
                "installed by Castell Maritime Electronics, with work beginning next "
                "year."
            ),
            (
                '"Coastal radar is the backbone of maritime awareness, helping our '
                "navy and coast guard support safe navigation, fisheries protection "
                'and search and rescue," said Commodore Anneke Lund, spokesperson for '
                'the Defence Procurement Agency of Brennmark (DPA). "The new network '
                "will replace equipment that has been in service for more than 25 "
                'years."'
            ),
            (
                "Lund said the contract included ten years of maintenance and "
                "training, as well as an option for four additional stations. Most of "
                "the installation work will be carried out by local subcontractors, "
                "and the agency estimates the project will support around 180 jobs in "
                "coastal communities during the construction phase."
            ),
            (
                "Data from the network will feed into Brennmark's national maritime "
                "operations centre and, under existing agreements, can be shared with "
                "the Halcyon Sea Council Maritime Coordination Centre in Port Halden. "
                "Lund said the first three stations were expected to be operational "
                "within 18 months of the start of work."
            ),
        ],
    },
    {
        "slug": "aldria-selects-new-basic-trainer-aircraft",
        "title": (
            "Aldria Selects New Basic Trainer Aircraft to Replace Ageing Pilot "
            "Training Fleet"
        ),
        "summary": (
            "The Ministry of Defence of Aldria said it would buy 18 turboprop trainers "
            "and a ground-based simulator package to modernise pilot training at "
            "Corbin Field air base."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Staff",
        "section": "procurement",
        "authors": ["marcus-delane", "petra-solvang"],
        "spokespersons": ["mira-estevan"],
        "tags": ["Procurement", "Aldria", "Training"],
        "related": ["kestria-orders-offshore-patrol-vessels-ulmholt-marine-works"],
        "days_ago": 10.6,
        "status": "published",
        "body": [
            (
                "The Ministry of Defence of Aldria has selected a new turboprop basic "
                "trainer to replace aircraft that have been used for pilot training "
                "for more than three decades. The ministry plans to buy 18 aircraft "
                "and a package of ground-based simulators for the flying training "
                "school at Corbin Field air base, south of Valdora."
            ),
            (
                '"Good pilots start with good training, and our instructors have '
                "asked for modern cockpits that match what students will fly later in "
                'their careers," said Colonel Mira Estevan, spokesperson for the '
                'Ministry of Defence of Aldria (MOD). "The simulators will also let '
                'students practise emergency procedures safely before they fly."'
            ),
            (
                "Estevan said the aircraft would be supplied by Pellard Aerospace, "
                "which was selected after a competition involving three bidders. "
                "Contract negotiations are expected to conclude within four months, "
                "and the first aircraft could arrive at Corbin Field within two years "
                "of signature."
            ),
            (
                "The ministry said the new fleet would also be used to train pilots "
                "from partner countries under existing Halcyon Sea Council "
                "arrangements. Estevan added that the retired trainers would be "
                "offered to aviation museums and technical schools before any are "
                "sold."
            ),
        ],
    },
    {
        "slug": "kestria-orders-offshore-patrol-vessels-ulmholt-marine-works",
        "title": (
            "Kestria Orders Three Offshore Patrol Vessels From Brennmark's Ulmholt "
            "Marine Works"
        ),
        "summary": (
            "The contract, prepared with support from Brennmark's procurement agency, "
            "is the largest naval export order for a Halcyon Sea Council shipyard in "
            "more than a decade."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Wire",
        "section": "procurement",
        "authors": ["marcus-delane", "julian-arrowood"],
        "spokespersons": ["tomas-rellin", "anneke-lund"],
        "tags": ["Shipbuilding", "Procurement", "Kestria", "Brennmark"],
        "related": [
            "brennmark-orders-coastal-radar-network",
            "kestrian-navy-briefing-patrol-schedule",
        ],
        "days_ago": 16.9,
        "status": "published",
        "body": [
            (
                "Kestria has ordered three offshore patrol vessels from Ulmholt Marine "
                "Works, a shipyard in Brennmark, in what officials described as the "
                "largest naval export order for a Halcyon Sea Council shipyard in more "
                "than a decade. The vessels will replace older patrol ships that carry "
                "out fisheries protection and search-and-rescue duties."
            ),
            (
                '"These ships will give our crews greater range, better sea-keeping '
                "and a flight deck for a helicopter or drones, which our current "
                'vessels lack," said Captain Tomas Rellin, spokesperson for the '
                'Kestrian Navy (KN). "They are designed for the conditions we face in '
                'the northern Halcyon Sea for most of the year."'
            ),
            (
                "The contract was prepared with technical support from Brennmark's "
                "procurement agency under a government-to-government arrangement. "
                '"Our role is to make sure the contract meets the same standards of '
                'quality and oversight that we apply to our own programmes," said '
                "Commodore Anneke Lund, spokesperson for the Defence Procurement "
                "Agency of Brennmark (DPA)."
            ),
            (
                "Lund said the agency would station a small team at the shipyard "
                "throughout construction. Rellin said the first vessel was expected to "
                "be delivered in about three years, with the other two following at "
                "intervals of roughly nine months, and that Kestrian crews would begin "
                "training at the shipyard before delivery."
            ),
        ],
    },
    {
        "slug": "tavaro-transport-helicopters-first-delivery",
        "title": (
            "Tavaro Receives First Two Medium Transport Helicopters Under "
            "Eight-Aircraft Contract"
        ),
        "summary": (
            "The Tavaran Armed Forces said the helicopters would be used for troop "
            "transport, medical evacuation and disaster relief, with the remaining six "
            "due within two years."
        ),
        "dateline": "SELCIA",
        "source": "Newsdesk Staff",
        "section": "procurement",
        "authors": ["tobias-fenn", "marcus-delane"],
        "spokespersons": ["dario-feroz"],
        "tags": ["Procurement", "Tavaro", "Disaster Relief", "Logistics"],
        "related": [
            "tavaro-briefing-flood-relief-update",
            "tavaran-paratroopers-complete-iron-meadow",
        ],
        "days_ago": 23.5,
        "status": "published",
        "body": [
            (
                "The Tavaran Armed Forces have taken delivery of the first two of "
                "eight medium transport helicopters ordered two years ago, the "
                "military said on Wednesday. The aircraft arrived at the Brask army "
                "aviation base north of Selcia, where crews and maintenance staff have "
                "been training on simulators since the start of the year."
            ),
            (
                '"These helicopters can carry twice the load of the aircraft they '
                "replace, which makes a real difference when we are moving supplies to "
                'communities cut off by floods," said Lieutenant Colonel Dario Feroz, '
                'spokesperson for the Tavaran Armed Forces (TAF). "They will be used '
                "for troop transport and medical evacuation, but disaster relief was "
                'central to the requirement from the beginning."'
            ),
            (
                "Feroz said the remaining six helicopters would be delivered over the "
                "next two years. The contract includes a training package for 24 "
                "pilots and 60 technicians, as well as spare parts and maintenance "
                "support for five years, he said. Local companies will carry out part "
                "of the routine maintenance work at Brask under a separate agreement."
            ),
            (
                "The helicopters will undergo a period of acceptance flights before "
                "entering service later this year. Feroz said the army aviation "
                "command planned to hold an open day at Brask in the autumn so that "
                "residents could see the new aircraft and meet their crews."
            ),
        ],
    },
    {
        "slug": "brennmark-dpa-field-hospital-modules",
        "title": (
            "Brennmark Procurement Agency Buys Deployable Field Hospitals for Relief "
            "Missions"
        ),
        "summary": (
            "The Defence Procurement Agency of Brennmark has ordered two deployable "
            "field hospitals that can be moved by road, sea or air to disaster areas "
            "at home or in partner countries."
        ),
        "dateline": "ULMHOLT",
        "source": "Newsdesk Wire",
        "section": "procurement",
        "authors": ["marcus-delane", "amara-quill"],
        "spokespersons": ["anneke-lund"],
        "tags": ["Procurement", "Brennmark", "Disaster Relief", "Logistics"],
        "related": ["brennmark-hosts-hsc-logistics-conference"],
        "days_ago": 34.8,
        "status": "published",
        "body": [
            (
                "The Defence Procurement Agency of Brennmark has ordered two "
                "deployable field hospitals for the armed forces' medical service, "
                "each able to provide surgical care, intensive care and outpatient "
                "treatment for up to 50 patients at a time. The modular hospitals can "
                "be transported by truck, ship or transport aircraft."
            ),
            (
                '"Deployable medical capacity is one of the most valuable things a '
                "military can offer after a disaster, whether at home or in a partner "
                'country," said Commodore Anneke Lund, spokesperson for the Defence '
                'Procurement Agency of Brennmark (DPA). "These hospitals can be ready '
                'to receive patients within 24 hours of arriving on site."'
            ),
            (
                "Lund said the contract, worth 65 million crowns, was awarded after an "
                "open competition that attracted five bids. The supplier, Sorenby "
                "Medical Systems, will also provide training for medical and logistics "
                "personnel, and the first hospital is expected to be delivered within "
                "14 months."
            ),
            (
                "Brennmark intends to make one of the hospitals available to partner "
                "countries in emergencies under Halcyon Sea Council arrangements that "
                "are currently being negotiated. Lund said the agency was also "
                "studying smaller medical modules that could be carried by helicopter "
                "to remote areas."
            ),
        ],
    },
    {
        "slug": "aldria-awards-coastal-air-defence-radar-upgrade",
        "title": (
            "Aldria Awards Contract to Upgrade Air Surveillance Radars at Three "
            "Coastal Sites"
        ),
        "summary": (
            "The Ministry of Defence of Aldria has awarded a contract to modernise "
            "long-range air surveillance radars at three coastal sites, extending "
            "their service life by at least 15 years."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "section": "procurement",
        "authors": ["marcus-delane"],
        "spokespersons": ["mira-estevan"],
        "tags": ["Air Defence", "Procurement", "Aldria"],
        "related": [
            "brennmark-tests-short-range-air-defence-systems",
            "aldria-selects-new-basic-trainer-aircraft",
        ],
        "days_ago": -6,
        "status": "published",
        "body": [
            (
                "The Ministry of Defence of Aldria has awarded a contract to upgrade "
                "long-range air surveillance radars at three coastal sites, extending "
                "their service life by at least 15 years. The contract, the ministry's "
                "largest air defence investment in a decade, covers new signal "
                "processing equipment, software, power supplies and antenna "
                "components."
            ),
            (
                '"These radars watch over our airspace every hour of every day, and '
                "this upgrade will keep them reliable and compatible with our "
                "partners' systems,\" said Colonel Mira Estevan, spokesperson for the "
                'Ministry of Defence of Aldria (MOD). "Work has been scheduled so '
                "that at least two of the three sites remain fully operational at all "
                'times."'
            ),
            (
                "Estevan said the contract had been awarded to Norvane Systems "
                "following a competitive tender, and that work at the first site would "
                "begin in the spring. The upgraded radars will be able to exchange "
                "data with air surveillance networks in other Halcyon Sea Council "
                "member states through a common data format adopted by the council "
                "last year."
            ),
            (
                "The ministry said the project would also include training for about "
                "90 operators and technicians. Estevan added that environmental "
                "assessments at all three sites had been completed and that no new "
                "construction outside existing military boundaries would be required. "
                "Work at the remaining two sites will follow in stages over the next "
                "three years."
            ),
        ],
    },
    {
        "slug": "hsc-maritime-centre-reports-fewer-incidents",
        "title": (
            "HSC Maritime Coordination Centre Reports Fewer Incidents in Halcyon Sea "
            "Shipping Lanes"
        ),
        "summary": (
            "The centre's quarterly report recorded a drop in navigational incidents "
            "and faster responses to distress calls, which officials attributed to "
            "better information sharing."
        ),
        "dateline": "PORT HALDEN",
        "source": "Newsdesk Wire",
        "section": "maritime",
        "authors": ["julian-arrowood"],
        "spokespersons": ["tomas-rellin"],
        "tags": ["Maritime Security", "Halcyon Sea Council", "Kestria"],
        "related": [
            "kestrian-navy-briefing-patrol-schedule",
            "tavaran-navy-tows-disabled-cargo-ship-corra-islands",
        ],
        "days_ago": 0.8,
        "status": "published",
        "body": [
            (
                "The Halcyon Sea Council (HSC) Maritime Coordination Centre in Port "
                "Halden recorded 19 navigational incidents in the bloc's main shipping "
                "lanes in the last quarter, down from 27 in the same period last year, "
                "according to a report published on Wednesday. Most incidents involved "
                "engine failures or minor collisions between small vessels, and no "
                "serious injuries were reported."
            ),
            (
                '"The numbers are encouraging, and they reflect better information '
                "sharing between the five member states rather than any single "
                'measure," said Captain Tomas Rellin, spokesperson for the Kestrian '
                'Navy (KN), which hosts the centre. "Ships in difficulty are being '
                "reached faster because the nearest available vessel is identified "
                'within minutes."'
            ),
            (
                "Rellin said the average time between a distress alert and the arrival "
                "of a rescue unit had fallen to just under two hours. The report "
                "credits a shared vessel tracking display, introduced last year, that "
                "combines radar and transponder data from the coastal stations and "
                "patrol ships of all member states."
            ),
            (
                "The report also recommends further training for merchant crews on "
                "emergency communications and a review of traffic separation rules "
                "near the Strait of Merrin. Rellin said the centre would hold an open "
                "forum with shipping companies and port authorities in Port Halden "
                "next month to discuss the recommendations."
            ),
        ],
    },
    {
        "slug": "aldrian-frigate-steadfast-joins-hsc-patrol-group",
        "title": (
            "Aldrian Frigate Steadfast Joins HSC Maritime Patrol Group in Northern "
            "Halcyon Sea"
        ),
        "summary": (
            "The frigate will spend three months with the council's standing patrol "
            "group, which supports safe navigation and search and rescue across the "
            "northern Halcyon Sea."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "section": "maritime",
        "authors": ["julian-arrowood", "petra-solvang"],
        "spokespersons": ["mira-estevan", "tomas-rellin"],
        "tags": [
            "Maritime Security",
            "Aldria",
            "Halcyon Sea Council",
            "Naval Exercises",
        ],
        "related": [
            "tidewatch-naval-drill-strait-of-merrin",
            "hsc-minehunters-complete-strait-of-merrin-seabed-survey",
        ],
        "days_ago": 7.3,
        "status": "published",
        "body": [
            (
                "The Aldrian Navy frigate ANS Steadfast sailed from the Kessel Quay "
                "naval base in Valdora on Saturday to join the Halcyon Sea Council's "
                "standing maritime patrol group for three months. The group, which "
                "rotates ships from member navies, supports safe navigation, search "
                "and rescue and information sharing across the northern Halcyon Sea."
            ),
            (
                "\"Steadfast's crew has trained intensively for this deployment, and "
                "we are proud to contribute to a mission that benefits every ship "
                'using these waters," said Colonel Mira Estevan, spokesperson for the '
                'Ministry of Defence of Aldria (MOD). "The frigate carries a '
                "helicopter and a medical team, both of which can be made available "
                'for search-and-rescue tasks."'
            ),
            (
                "Steadfast will operate alongside a Kestrian patrol vessel and an "
                'Ostmeri minehunter under the command of a Kestrian officer. "A '
                "frigate with a helicopter significantly extends the area the group "
                'can cover," said Captain Tomas Rellin, spokesperson for the Kestrian '
                'Navy (KN). "We welcome Steadfast and her crew to the group."'
            ),
            (
                "Rellin said the group would make port visits to Port Halden and "
                "Saltvik during the deployment. Estevan added that Steadfast would "
                "return to Valdora in time to take part in the maritime phase of a "
                "multinational exercise planned for later in the year."
            ),
        ],
    },
    {
        "slug": "tavaran-navy-tows-disabled-cargo-ship-corra-islands",
        "title": (
            "Tavaran Navy Tows Disabled Cargo Ship to Safety Near the Corra Islands"
        ),
        "summary": (
            "A Tavaran patrol vessel towed a cargo ship with engine failure to port "
            "after it drifted towards shallow water in strong winds; all 14 crew "
            "members were reported safe."
        ),
        "dateline": "SELCIA",
        "source": "Newsdesk Staff",
        "section": "maritime",
        "authors": ["tobias-fenn", "julian-arrowood"],
        "spokespersons": ["dario-feroz"],
        "tags": ["Maritime Security", "Tavaro", "Halcyon Sea Council"],
        "related": [
            "hsc-maritime-centre-reports-fewer-incidents",
            "kestria-tavaro-naval-training-exchange",
        ],
        "days_ago": 12.4,
        "status": "published",
        "body": [
            (
                "A Tavaran navy patrol vessel towed a disabled cargo ship to safety "
                "near the Corra Islands on Sunday after the merchant vessel lost "
                "engine power and began drifting towards shallow water in strong "
                "winds. All 14 crew members on board the 4,000-tonne ship were "
                "reported safe, and no pollution was detected."
            ),
            (
                '"Our patrol vessel reached the cargo ship within 90 minutes of the '
                'distress call and had a tow line attached shortly afterwards," said '
                "Lieutenant Colonel Dario Feroz, spokesperson for the Tavaran Armed "
                'Forces (TAF). "The crew of the merchant ship acted calmly and '
                "followed instructions, which helped a difficult operation in rough "
                'seas go smoothly."'
            ),
            (
                "Feroz said the alert had been relayed through the Halcyon Sea Council "
                "Maritime Coordination Centre in Port Halden, which identified the "
                "Tavaran vessel as the nearest available unit. A navy helicopter was "
                "placed on standby during the operation but was not needed."
            ),
            (
                "The cargo ship was towed to the port of Corra Harbour, where repairs "
                "are being carried out. Feroz said the navy would review the operation "
                "as part of its routine procedures and that any lessons would be "
                "shared with partner navies."
            ),
        ],
    },
    {
        "slug": "ostmere-kestria-joint-fisheries-protection-patrols",
        "title": (
            "Ostmere and Kestria Agree Joint Fisheries Protection Patrols in Shared "
            "Waters"
        ),
        "summary": (
            "The two countries will coordinate patrols and share data on fishing "
            "activity along their maritime boundary under an agreement announced by "
            "Ostmere's foreign ministry."
        ),
        "dateline": "LINDGRAVE",
        "source": "Newsdesk Wire",
        "section": "maritime",
        "authors": ["hana-kerovic", "julian-arrowood"],
        "spokespersons": ["ilse-varga"],
        "tags": ["Maritime Security", "Ostmere", "Kestria", "Border Security"],
        "related": [
            "kestrian-navy-briefing-patrol-schedule",
            "ostmere-aldria-sign-defence-cooperation-roadmap",
        ],
        "days_ago": 19.9,
        "status": "published",
        "body": [
            (
                "Ostmere and Kestria have agreed to coordinate fisheries protection "
                "patrols along their shared maritime boundary in the western Halcyon "
                "Sea, Ostmere's foreign ministry said on Thursday. Under the "
                "agreement, the two countries' navies and fisheries inspectors will "
                "share data on fishing activity and, where appropriate, carry out "
                "joint inspections."
            ),
            (
                '"Healthy fish stocks matter to coastal communities on both sides of '
                'the boundary, and protecting them is easier when we work together," '
                "said Ilse Varga, spokesperson for the Ministry of Foreign Affairs of "
                'Ostmere (MFA). "The agreement builds on years of good cooperation '
                'between our coastal authorities."'
            ),
            (
                "Varga said inspectors from each country would be able to join the "
                "other's patrol vessels as observers, and that a joint annual report "
                "on fishing activity in the boundary area would be presented to both "
                "governments. The agreement also sets out procedures for vessels that "
                "cross the boundary unintentionally, which officials said happens "
                "occasionally in poor weather."
            ),
            (
                "The first coordinated patrols are expected to begin at the start of "
                "the next fishing season. Varga said the agreement had been welcomed "
                "by fishing associations in both countries and would be reviewed after "
                "three years. Coastal communities will be kept informed through "
                "regular meetings with local fishing cooperatives."
            ),
        ],
    },
    {
        "slug": "kestria-storm-ilka-relief-sealift",
        "title": (
            "Kestrian Navy Ships Deliver Relief Supplies to Island Communities After "
            "Storm Ilka"
        ),
        "summary": (
            "Two Kestrian navy vessels carried generators, drinking water and building "
            "materials to the Skerrow Islands after Storm Ilka damaged ferry terminals "
            "and power lines."
        ),
        "dateline": "PORT HALDEN",
        "source": "Newsdesk Wire",
        "section": "maritime",
        "authors": ["julian-arrowood", "amara-quill"],
        "spokespersons": ["tomas-rellin"],
        "tags": ["Disaster Relief", "Kestria", "Logistics"],
        "related": [
            "tavaro-briefing-flood-relief-update",
            "hsc-ministers-agree-disaster-response-framework",
        ],
        "days_ago": 27.6,
        "status": "published",
        "body": [
            (
                "Two Kestrian navy vessels delivered generators, drinking water and "
                "building materials to the outlying Skerrow Islands on Tuesday after "
                "Storm Ilka damaged ferry terminals and power lines across the "
                "archipelago. No injuries were reported, but several island "
                "communities have been without regular ferry services since the "
                "weekend."
            ),
            (
                '"Our landing ship can operate without a port, which makes it the '
                'right tool when ferry terminals are out of action," said Captain '
                'Tomas Rellin, spokesperson for the Kestrian Navy (KN). "We are '
                "working from a list of priorities drawn up by the regional "
                "authorities, starting with power for the health centres and the water "
                'treatment plant."'
            ),
            (
                "Rellin said the vessels had delivered 14 generators, 60 tonnes of "
                "bottled water and materials to repair the roofs of two schools. Navy "
                "engineers are also helping the islands' utility company to restore "
                "power lines, and a navy dive team has inspected the damaged ferry "
                "pier on the largest island."
            ),
            (
                "Rellin said the ships would remain in the area until ferry services "
                "resume, which the ferry operator expects within a week. Aldria has "
                "offered the use of a transport helicopter if required, and the offer "
                "has been passed to the Kestrian emergency management agency."
            ),
        ],
    },
    {
        "slug": "hsc-minehunters-complete-strait-of-merrin-seabed-survey",
        "title": (
            "HSC Minehunters Complete Seabed Survey of Historic Ordnance Sites in "
            "Strait of Merrin"
        ),
        "summary": (
            "Minehunters from Aldria, Ostmere and Kestria surveyed 85 square "
            "kilometres of seabed and safely disposed of seven items of old ordnance "
            "during a three-week operation."
        ),
        "dateline": "VALDORA",
        "source": "Newsdesk Staff",
        "section": "maritime",
        "authors": ["julian-arrowood", "sofia-renwick"],
        "spokespersons": ["mira-estevan"],
        "tags": [
            "Naval Exercises",
            "Maritime Security",
            "Aldria",
            "Halcyon Sea Council",
        ],
        "related": [
            "aldrian-frigate-steadfast-joins-hsc-patrol-group",
            "tidewatch-naval-drill-strait-of-merrin",
        ],
        "days_ago": 38.5,
        "status": "published",
        "body": [
            (
                "Minehunters from Aldria, Ostmere and Kestria have completed a "
                "three-week survey of 85 square kilometres of seabed in the Strait of "
                "Merrin, locating and safely disposing of seven items of old ordnance "
                "left over from the last century. The operation, led by Aldria, was "
                "carried out under the Halcyon Sea Council's annual seabed clearance "
                "programme."
            ),
            (
                '"Old ordnance on the seabed poses a risk to fishing boats, '
                "cable-laying ships and offshore construction, and the only way to "
                'remove that risk is patient, careful work," said Colonel Mira '
                "Estevan, spokesperson for the Ministry of Defence of Aldria (MOD). "
                '"Every item was dealt with in accordance with strict environmental '
                'procedures."'
            ),
            (
                "Estevan said the survey used autonomous underwater vehicles and "
                "remotely operated submersibles to map the seabed, with navy divers "
                "called in only to confirm findings. Each item was either moved to a "
                "designated area away from shipping lanes or neutralised under "
                "controlled conditions, with marine biologists consulted beforehand."
            ),
            (
                "The results will be added to a shared seabed database maintained by "
                "the council and made available to maritime authorities and offshore "
                "industries. Estevan said next year's survey would focus on the "
                "approaches to Port Halden, where new offshore wind projects are "
                "planned."
            ),
        ],
    },
]
