"""Word lists the rule-based entity and quote finders lean on (lower-case unless noted).

Kept in one place so a miss can be fixed by adding a word, and so the rules stay readable.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.clean_words import zipf  # re-exported: the entity rules read word frequencies through this module


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set (lists are written as plain text)."""
    return frozenset(text.split())


def word_tuple(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text`, in order (for building regex alternations)."""
    return tuple(text.split())


_words = word_set


# Last or inner words that make a capitalised name an organisation (case as written).
ORG_KEYWORDS = _words(
    """
    Inc Corp Corporation Ltd LLC plc PLC Co Company Group Holdings Labs Lab Analytics Foods Motors
    Forum Coalition Campaign Movement Collective
    Water Rail Railways Air Airline Airlines Airways Ferries Ferry Buses Coaches Lines Transit Cruises Chamber
    Partners Capital Ventures Bank Fund Trust Foundation University
    College Institute School Academy Agency Association Federation Organization Organisation
    Commission Committee Council Service Services Ministry Department Office Authority Board Bureau
    League Party Alliance Union Club FC AFC United Society Times Post Journal News Herald Gazette
    Tribune Telegraph Guardian Press Supplies Systems Technologies Technology Software
    Pharmaceuticals Pharma Energy Media Studios Entertainment Exchange Administration Parliament
    Congress Senate Industries Enterprises Solutions Networks Communications Telecom Insurance
    Securities Investments Markets Brands Stores Hospital Clinic Museum Orchestra Network
    Broadcasting Reuters Associated Bloomberg Corps Army Navy Reserve Institution Laboratories
    Motor Automotive Electric Petroleum Oil Gas Mining Steel Chemicals Biotech Therapeutics Health
    Healthcare Robotics Aerospace Logistics Shipping Railroad Wire Newswire
    Storage Devices Pictures Research Films Records Electronics Semiconductor Semiconductors
    Instruments Materials Products Beverages Brewing Brewery Aviation Freight Transport Properties
    Realty Estates Hotels Resorts Restaurants Apparel Cosmetics Digital Interactive Data Cloud
    Computing Dynamics Consulting Advisors Associates Equity Financial Credit Bancorp Mutual
    Assurance Medical Biosciences Genomics Diagnostics Utilities Renewables Metals Plastics
    Packaging Construction Engineering Builders Trading Supply Mart Retail
    Publishing Books Music Wireless Mobile Intelligence Security Defence Defense Space
    Rovers Athletic Wanderers Rangers Albion Hotspur Celtic Dynamo Sporting Police Court Courant
    Inquirer Chronicle Globe Observer Mirror Mail Express Register Bulletin Economist Reporter
    Magazine Weekly Daily Watch Center Centre Centers Centres Endowment Protection Enforcement Zoo Aquarium Division
    Library Libraries Archive Archives Collection Patrol
    Command Fleet Force Forces Guard Regiment Battalion Brigade Squadron Detachment Labour Labor
    Productions Strategies Confederation Archdiocese Diocese Farms
    Socialists Conservatives Liberals Greens
    """
)
# Head words of public bodies, whose names may join capitalised words with "and" or "of": "House
# Ways and Means Committee", "US Fish and Wildlife Service", "Bavarian State Collection of
# Paleontology and Geology" (case as written).
ORG_HEAD_WORDS = _words(
    """
    Committee Commission Service Services Department Collection Administration Agency Bureau Council
    Board Institute Institution Authority Office Foundation Association Society Museum Ministry Center
    Centre Centers Centres Caucus Survey Academy Division Patrol Program Programme Fund Trust Endowment
    Protection Enforcement
    """
)
# Club names whose last word alone stands for the club: "Rovers" for "Ashford Rovers".
CLUB_WORDS = _words("Rovers Athletic Wanderers Rangers Albion Hotspur Celtic United City Villa Dynamo")
# Well-known organisations whose names look like a person's.
KNOWN_ORGS = frozenset(
    {
        "Goldman Sachs", "Morgan Stanley", "JPMorgan", "JPMorgan Chase", "Wells Fargo", "Charles Schwab",
        "Dow Jones", "Johnson & Johnson", "Procter & Gamble", "Ernst & Young", "Marks & Spencer",
        "Rolls-Royce", "Mercedes-Benz", "Louis Vuitton", "Warner Bros", "Lloyds", "Barclays",
        "Deloitte", "Citigroup", "Amazon", "Google", "Apple", "Microsoft", "Meta", "Tesla", "Nvidia",
        "Disney", "Netflix", "Samsung", "Toyota", "Volkswagen", "Nestle", "Unilever", "Reuters",
        "Al Jazeera", "Politico", "Axios", "Vox", "Slate", "Gawker", "Red Cross", "Red Crescent", "WHO",
    }
)  # fmt: skip
# Organisation words that are also common nouns of programmes, places and products ("Social
# Security", "Neighborhood Watch", "Hammock Beach Resorts"): alone, they make an organisation
# only with a cue beside the name ("… said", "a spokesperson for …").
WEAK_ORG_KEYWORDS = _words(
    """
    Security Health Healthcare Watch Water Insurance Resorts Hotels Space Intelligence Defense Defence
    Data Digital Mobile Music Books Technology Cloud Computing Interactive Wire Supply Supplies Products
    Protection Enforcement
    """
)
# Acronyms of bodies the news names without spelling them out: an organisation with no cue.
KNOWN_ACRONYMS = _words(
    """
    FBI CIA NSA DHS DOJ IRS ICE EPA FDA CDC NIH NASA NOAA FAA FCC SEC FTC ATF DEA TSA NTSB FEMA USDA
    NATO UN UNICEF UNESCO IMF WTO OPEC WHO EU ECB IAEA UNHCR NHS MI5 MI6 KGB FSB
    BBC CBS NBC ABC CNN NPR PBS AP AFP MSNBC HBO ESPN CNBC ITV RTE CBC
    NFL NBA MLB NHL NCAA FIFA UEFA IOC NRA ACLU NAACP GOP RNC DNC
    """
)
# Words that end the name of a building or shop, not of a body: "Salvation Army Thrift Store" is
# a shop of the Salvation Army, "Buell Theater" a venue.
FACILITY_WORDS = _words("Store Mall Building Stadium Arena Theater Theatre Ballroom Apartments Airport Base")
# Organisation words that also name the building a thing happens at: "held at Westfield Library"
# is a venue, "directors of the Magic Yeti Library" an organisation.
VENUE_KEYWORDS = _words("Library Libraries")
# Letters written after a person's name: "Boris Johnson MP", "Jane Doe PhD"; and Roman numerals.
POST_NOMINALS = _words("MP MEP MSP QC KC OBE CBE MBE KBE DBE PhD MD RN DDS CPA ESQ II III IV VI VII VIII IX XI")
# Capitalised abbreviations that are not organisations.
NON_ORG_CAPS = _words(
    """
    CEO CFO COO CTO CIO API IPO AI US UK USA GDP TV PM AM PR HR IT OK ID VAT EV EVs CPI DNA COVID
    EST EDT CST CDT PST PDT GMT UTC BST CET ET PT CT USB GPS SWAT SUV ATM PDF HTML URL FAQ RIP
    PHOTO PHOTOS VIDEO VIDEOS WATCH UPDATE UPDATED READ MORE RELATED BREAKING EXCLUSIVE LIVE HERE
    NOTE ORG EPS HQ VP YOY ROI MRI HIV AIDS LGBT LGBTQ PTSD ICU PC HD LED LCD DVD
    AK AL AR AZ CA CO DC DE FL GA IA IL KS KY LA MA MD MI MN MO MS MT NC ND NE NH NJ NM NV NY
    OH PA RI SC SD TN TX UT VA VT WA WI WV WY
    """
)
# Social platforms, named as places where something was posted: not organisations (gold.yaml).
PLATFORMS = _words(
    "twitter facebook instagram youtube tiktok snapchat reddit 4chan tumblr whatsapp linkedin pinterest soundcloud "
    "spotify javascript gofundme kickstarter patreon"
)
# Single organisation words that are proper names on their own ("Congress"), unlike "the University".
PROPER_BODIES = _words("Congress Parliament Senate GOP EU Reuters Bloomberg Labour Labor")
# Words before or after a name saying what kind of organisation it is: "the union Unite".
ORG_DESCRIPTORS = word_tuple(
    """
    company firm start-up startup union group carmaker maker bank lender agency club side party
    operator retailer airline insurer publisher broadcaster newspaper journal magazine regulator
    charity fund investor university supplier chain giant conglomerate manufacturer developer
    platform network franchise brand outlet watchdog body organisation organization council ministry
    department league federation team service
    """
)
# Nouns after an organisation's name that show it is one: "France Info radio".
MEDIA_AFTER = word_tuple(
    """
    radio television channel newspaper magazine website broadcaster agency
    """
)
# Role nouns: "chief executive", "spokesperson", "striker".
ROLE_NOUNS = _words(
    """
    chief executive ceo cfo coo cto president chairman chairwoman chair founder co-founder cofounder
    director manager coach minister secretary spokesperson spokesman spokeswoman leader commissioner
    negotiator author researcher scientist professor economist analyst striker midfielder defender
    goalkeeper captain player mayor governor senator lawmaker judge officer head editor adviser
    advisor ambassador principal incumbent compatriot owner partner engineer official chancellor
    candidate champion teammate substitute winger goalscorer veteran rookie forward keeper boss trainer
    envoy prosecutor lawyer commander sheriff detective inspector strategist curator architect
    attorney representative deputy treasurer governor-general consul whip
    """
)
# Nouns that describe a person rather than a role they hold: "the actor wrote", "the South Carolina
# Republican said" (a speaker named by a description points back to the last person named).
PERSON_NOUNS = _words(
    """
    man woman boy girl actor actress singer star comedian rapper musician athlete republican democrat
    politician activist victim witness resident mother father husband wife son daughter neighbor neighbour
    student teacher doctor nurse model host presenter
    """
)
# Words that may stand inside a role before its noun: "Finance Minister", "former school principal".
ROLE_MODIFIERS = _words(
    """
    former acting interim deputy vice prime senior junior lead general chief executive finance
    health foreign home defence defense labour labor interior justice education trade economy
    environment culture energy transport agriculture opposition shadow world state federal
    national regional local first co- branch majority minority
    """
)
# Members of a party in the plural, named by where they sit: "House Republicans" (not a body).
PARTY_MEMBERS = _words("Democrats Republicans")
CHAMBERS = _words("House Senate Hill Capitol Congressional Statehouse")
# Roles held for a place, not an organisation: "Pleasant Hill Mayor Tim Flaherty".
PLACE_ROLES = _words("mayor governor sheriff premier alderman alderwoman councilman councilwoman councillor councilor")
# Nationalities the demonym endings ("-ian", "-ese", "-ish") miss: "a top German official".
DEMONYMS = _words(
    """
    thai german germans french dutch greek greeks swiss iraqi iraqis israeli israelis pakistani pakistanis
    saudi saudis qatari kuwaiti yemeni afghan afghans czech welsh scots filipino filipinos nepali
    bangladeshi somali omani emirati kazakh uzbek
    """
)
# Honorifics and titles written before a name.
TITLES = _words(
    """
    mr mrs ms miss mx dr prof professor dame sir lord lady baroness baron rev reverend father sister
    president vice prime minister secretary chancellor senator sen rep representative governor gov
    mayor judge justice general gen col colonel captain capt lt lieutenant sergeant sgt commissioner
    king queen prince princess pope sheikh ambassador speaker coach chairman chairwoman chief ceo
    director councillor councilor alderman alderwoman assemblyman assemblywoman congressman congresswoman
    mp mep democrat republican
    fusilier corporal cpl pvt trooper seaman airman ensign admiral adm cmdr commander maj bombardier
    sapper guardsman rifleman supt insp lieut
    """
)
# Abbreviated titles written before a name, with a full stop that ends no sentence ("said Capt. Dana
# Reyes"), and the word each stands for (case as written; "" where none is needed).
TITLE_ABBREVIATIONS = {
    "Mr": "", "Mrs": "", "Ms": "", "Dr": "doctor", "St": "", "Jr": "", "Sr": "", "Prof": "professor",
    "Sen": "senator", "Sens": "senator", "Rep": "representative", "Reps": "representative", "Gov": "governor",
    "Gen": "general", "Lt": "lieutenant", "Lieut": "lieutenant", "Col": "colonel", "Maj": "major",
    "Capt": "captain", "Cpt": "captain", "Sgt": "sergeant", "Cpl": "corporal", "Pvt": "private",
    "Adm": "admiral", "Cmdr": "commander", "Cdr": "commander", "Det": "detective", "Insp": "inspector",
    "Supt": "superintendent", "Rev": "reverend", "Hon": "", "Atty": "attorney", "Amb": "ambassador",
}  # fmt: skip
# Ranks and titles a person is referred back to by, beyond ROLE_NOUNS: "the general said".
RANK_NOUNS = _words(
    """
    general colonel lieutenant sergeant corporal admiral superintendent reverend pastor bishop
    rabbi imam priest doctor professor
    """
)
# Capitalised words that end events and documents, not organisations: "Berlin Marathon".
EVENT_WORDS = _words(
    """
    marathon open slam cup games olympics championship championships prix festival summit
    conference expo awards week day telescope mission award prize trophy series tour war convention
    """
)
# Last words of the names of illnesses: "Rocky Mountain Spotted Fever", "Legionnaires Disease".
ILLNESS_WORDS = _words("fever disease syndrome virus flu influenza infection disorder pox")
EVENT_PREFIXES = _words("storm hurricane typhoon cyclone tropical operation")
DOCUMENT_WORDS = _words("agreement treaty accord act bill protocol report declaration")
# Streets' endings: "Magazine Street", "Fifth Avenue".
STREET_WORDS = _words("street avenue road boulevard blvd lane drive parkway highway freeway expressway")
# Place-name endings: "Orange County", "Vatican City", "Fifth Avenue".
PLACE_SUFFIXES = STREET_WORDS | _words(
    """
    county city province island islands valley beach square bridge heights coast plaza
    bay peninsula region state district village town borough canyon desert mountains hills ocean sea strait
    """
)
# Place-name starters: "Lake Meridan", "Port Alder", "Mount Kenya".
PLACE_PREFIXES = _words("lake port mount mt cape fort san santa saint st los las new north south east west river gulf")
# Two-word endings of place names: "Teton National Park", "Everest Base Camp", "International Space Station".
PLACE_PHRASES = frozenset(
    {
        "national park",
        "national forest",
        "national monument",
        "base camp",
        "space station",
        "city hall",
        "white house",
        "oval office",
    }
)


# How the news names countries that pycountry lists by an official name ("Russian Federation").
_SHORT_COUNTRY_NAMES = word_set(
    """
    russia iran syria vietnam laos bolivia venezuela tanzania moldova taiwan palestine britain
    holland burma macedonia czechia brunei hague yugoslavia czechoslovakia ussr
    """
) | {"south korea", "north korea", "the netherlands", "great britain", "ivory coast", "the hague"}
_FORMER_COUNTRIES = {"soviet union", "east germany", "west germany", "ottoman empire"}  # no longer listed


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names (pycountry ships them offline) plus a few regions and heavenly bodies."""
    names = {"earth", "moon", "mars", "europe", "asia", "africa", "america", "antarctica", "arctic", "antarctic"}
    names |= _SHORT_COUNTRY_NAMES
    names |= _FORMER_COUNTRIES
    try:
        import pycountry  # a data package; optional: without it only the words above count
    except ImportError:  # pragma: no cover - the fallback is the list above
        return frozenset(names)
    for country in pycountry.countries:
        names.add(country.name.lower())
        names.add(getattr(country, "common_name", country.name).lower())
    for state in pycountry.subdivisions.get(country_code="US") or ():
        names.add(state.name.lower())
    names.discard("washington")  # more often a surname or the capital, named on its own
    return frozenset(names)


class _Places:
    """Lazy membership test over country names, so importing this module stays cheap."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in _countries()


PLACE_WORDS = _Places()

COMMON_ZIPF = 4.0  # wordfreq's Zipf scale: 4 is about once per 100,000 words of English
VERY_COMMON_ZIPF = 5.0  # once per 10,000 words: "see", "leave"; not "cat" or "swift"


def common_word(word: str) -> bool:
    """Whether a lower-case word is common English ("substitute", "shares"), by wordfreq's table."""
    return zipf(word) >= COMMON_ZIPF


def very_common_word(word: str) -> bool:
    """Whether a lower-case word is among the commonest of English ("see", "leave", "now"):
    written in capitals it is emphasis ("then LEAVE"), not an abbreviation."""
    return zipf(word) >= VERY_COMMON_ZIPF


# Common words that start sentences capitalised; never the start of a name.
COMMON_WORDS = _words(
    """
    the a an in on at its it his her their our this that these those after before under over
    about every each some many most both but and or as for from with without by when while if
    he she they we i you there here former officials shares police organisers organizers
    opposition regulators farmers researchers astronomers sea rainfall turnout demand player
    players last next first under-fire tonight today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december what who why how where which whose more less
    one two three four five six seven eight nine ten scientists investors analysts critics
    supporters residents voters workers doctors experts sources witnesses lawmakers ministers
    meanwhile however also still yet such earlier later already despite although though
    according since until during among between against within across into onto per via
    chief lead my your all no not new old other another can could will would
    should shall might must do does did is are was were has have had dear
    """
)

# Common given names (English-language news), capitalised: "Keith", "Mark" and "Hillary" are
# also words, and a name that starts with one is a person's ("Clint Eastwood's empty chair").
# Left out: given names that are more often ordinary words here (Will, May, Hope, Summer).
FIRST_NAMES = _words(
    """
    Aaron Abigail Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Alison Allison Amanda
    Amy Andrea Andrew Andy Angela Ann Anna Anne Anthony Antonio Arthur Ashley Barbara Barack Ben
    Benjamin Bernard Bernie Beth Betty Bill Billy Bob Bobby Brad Bradley Brandon Brenda Brian Bruce
    Bryan Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine
    Christopher Chuck Cindy Claire Clint Colin Connor Craig Cynthia Dan Daniel Danielle Dave David
    Deborah Debra Dennis Diana Diane Donald Donna Doug Douglas Dylan Ed Eddie Edward Elizabeth Ellen
    Emily Emma Eric Erica Erik Eugene Evan Frank Fred Gary George Gerald Gloria Grace Greg Gregory
    Hannah Harold Harry Heather Helen Henry Hillary Howard Ian Jack Jackie Jacob Jake James Jamie Jane
    Janet Janice Jared Jason Jean Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim
    Jimmy Joan Joe Joel John Johnny Jon Jonathan Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia
    Julie Justin Karen Kate Katherine Kathleen Kathy Katie Keith Kelly Ken Kenneth Kevin Kim Kimberly
    Kristen Kyle Larry Laura Lauren Lawrence Leslie Linda Lindsey Lisa Liz Louis Louise Lucy Luis
    Luke Lynn Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Megan Melanie Melissa Michael
    Michelle Mike Mitch Mitt Monica Nancy Natalie Nathan Neil Nicholas Nick Nicole Olivia Pam Pamela
    Pat Patricia Patrick Paul Paula Pete Peter Phil Philip Rachel Ralph Randy Ray Raymond Rebecca
    Richard Rick Rob Robert Robin Roger Ron Ronald Rose Roy Russell Ruth Ryan Sam Samantha Samuel
    Sandra Sara Sarah Scott Sean Sharon Shawn Sophia Stephanie Stephen Steve Steven Sue Susan Teddy
    Teresa Terry Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Tyler Valerie Victor
    Victoria Vincent Walter Wayne Wendy William Willie Willy Zachary Skip Marco Mario Luca Ahmed
    Mohammed Muhammad Ali Omar Hassan Ivan Vladimir Sergei Dmitry Olga Emmanuel Francois Pierre
    Hans Klaus Pedro Miguel Javier Ana Sofia Giuseppe Giovanni Lee Hiroshi
    Yuki Priya Raj Rahul Amit Sunil Narendra Xi Li Wang
    Karl Ted Rand Kurt Hank Nate Glenn Dean Jay Max Wes Brett Seth Gabe Drew Chad Kirk Troy Dale
    Darren Derek Dustin Kathryn Kristin Lori Lorraine Marcia Meg Nikki Rachael Sally Sheila Shirley
    Tammy Tara Vanessa Yvonne Wanda Heidi Lindsay Colleen Maureen
    """
)


@lru_cache(maxsize=1)
def _gender_detector():  # gender_guesser has no type hints
    """The given-name list `gender-guesser` ships (about 40,000 names by country), read once, on first use."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # an install without it: genders are unknown, pronouns point back as before
        return None
    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def given_name_gender(name: str) -> str:
    """ "male", "female" or "" for a given name: "Sergei" is male, "Jacqueline" female; "Kim" (mostly
    female) counts as female, a name used for both ("Robin") or not listed is unknown."""
    detector = _gender_detector()
    if detector is None or not name[:1].isupper():
        return ""
    found = detector.get_gender(name)
    return found.removeprefix("mostly_") if found in ("male", "female", "mostly_male", "mostly_female") else ""
