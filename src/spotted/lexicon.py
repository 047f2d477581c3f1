"""Word lists of the genre, shared by recognition, resolution and extraction.

Lemmas and short phrases (lower case) grouped by what they tell about the words around them.
Kept as data in one place so a reader can see, and extend, the vocabulary every rule relies on.
"""

from __future__ import annotations

import re

# Verbs whose subject is a person in this genre (a name doing one of these is a person).
SPEECH_VERBS = frozenset(
    "say tell ask add exclaim reply respond answer shout yell scream whisper joke quip laugh gush "
    "admit explain recall reveal confess insist note murmur declare announce write tweet post "
    "cry beam boast muse chime sigh giggle squeal continue agree deny claim state describe bellow "
    "holler snap bark gasp shriek cheer toast".split()
)

# Acts that place their agent at the occasion (FrameNet Arriving, Presence, Attending, Performers).
PRESENCE_VERBS = frozenset(
    "attend arrive appear perform walk stroll head leave sit stand chill hang party dance dine "
    "mingle pose present host accept collect sing greet hug kiss embrace chat talk wear sport get "
    "bound sweep celebrate enjoy sip drink eat smoke laugh smile cheer hit make show turn step join "
    "bring accompany rock flaunt hold spend play catch take share grab wave joke wrestle "
    "cuddle snuggle flirt schmooze lounge watch visit stop swing come go run rush hurry dash "
    "strut stride glide saunter sashay parade wander cozy snap shoot film interview speak tell say "
    "exclaim reply whisper give receive light lit meet mack high-five highfive congratulate thank "
    "introduce serenade toast kick mix relax rest check emerge exit enter depart duck slip "
    "storm crash gather huddle stay linger win".split()
)

# Verbs and verb+particle lemmas that, with two people, say they interacted.
SOCIAL_VERBS = {
    "kiss": "kissed",
    "smooch": "kissed",
    "mack": "kissed",
    "peck": "kissed",
    "hug": "hugged",
    "embrace": "hugged",
    "cuddle": "hugged",
    "snuggle": "hugged",
    "greet": "greeted",
    "meet": "met",
    "bump": "met",  # "bumped into X" (the partner comes with "into": interactions.is_partner_preposition)
    "talk": "talked",
    "chat": "talked",
    "speak": "talked",
    "tell": "talked",
    "ask": "talked",
    "whisper": "talked",
    "reply": "talked",
    "answer": "talked",
    "interview": "interviewed",
    "congratulate": "congratulated",
    "thank": "thanked",
    "high-five": "high-fived",
    "highfive": "high-fived",
    "high-fived": "high-fived",
    "dance": "danced",
    "party": "partied",
    "dine": "dined",
    "wrestle": "wrestled",
    "joke": "joked",
    "flirt": "flirted",
    "schmooze": "talked",
    "introduce": "introduced",
    "photobomb": "photobombed",
    "serenade": "serenaded",
    "toast": "toasted",
    "hang": "hung out",
    "pose": "posed",
    "sing": "sang",
    "perform": "performed",
    "duet": "performed",
    "present": "presented",
    "hand": "handed",
    "light": "lit a cigarette for",
    "lit": "lit a cigarette for",
    "join": "joined",
    "accompany": "accompanied",
    "escort": "accompanied",
    "console": "consoled",
    "comfort": "consoled",
    "hold": "held hands",
    "grab": "grabbed",
    "slap": "slapped",
    "punch": "fought",
    "fight": "fought",
    "shake": "shook hands",
    "play": "played",
    "wave": "waved",
    "cheer": "cheered on",
    "marry": "married",
    "gab": "talked",
    "converse": "talked",
    "nuzzle": "kissed",
    "pash": "kissed",
    "snog": "kissed",
    "help": "helped",
    "interrupt": "interrupted",
    "collaborate": "worked together",
    "coach": "coached",
    "mentor": "mentored",
    "work": "worked together",
    "record": "recorded together",
    "film": "worked together",
    "cast": "worked together",
    "co-star": "worked together",
    "co-present": "presented",
    "confront": "confronted",
    "attack": "fought",
    "assault": "fought",
    "shove": "pushed",
    "headbutt": "fought",
    "scuffle": "fought",
    "approach": "approached",
    "banter": "talked",
    "gossip": "talked",
    "celebrate": "celebrated",
    "boogie": "danced",
    "collect": "received an award from",
    "accept": "received an award from",
    "receive": "received an award from",
    "bring": "brought something to",
    "sign": "signed something for",
    "challenge": "challenged",
    "canoodle": "got cosy",
    "link": "linked arms",  # object-bound: "linked arms with X"
    "lock": "kissed",  # object-bound: "locked lips"
    "raise": "toasted",  # object-bound: "raised a toast to X", "raised a glass to X"
    "cozy": "got cosy",  # "cozying up to X"
    "cosy": "got cosy",
    "pull": "pulled",  # "pulled X onto the dance floor", "pulled X aside"
}

# Verbs that need both people as subjects to mean an interaction ("X and Y hugged").
RECIPROCAL_VERBS = frozenset(
    "kiss hug embrace cuddle meet talk chat high-five highfive dance party dine wrestle joke flirt "
    "hang pose share exchange catch smooch snuggle duet perform sing toast canoodle link lock "
    "pash snog nuzzle gab present co-present collaborate boogie".split()
)

# Prepositions that join a social verb to its partner ("danced with", "talked to").
PARTNER_PREPOSITIONS = frozenset({"with", "to", "for", "alongside", "on"})

# Spatial words that put two people side by side without an interaction.
PROXIMITY_WORDS = frozenset({"next", "beside", "nearby", "neighbouring", "neighboring", "adjacent"})  # "next" only in "next to/door"

# Nouns that name a role a person can be referred to by ("the frontman", "guitarist Jonas Pike").
ROLE_NOUNS = frozenset(
    "actor actress singer rapper frontman frontwoman guitarist drummer bassist star model host "
    "hostess presenter comedian comic director producer songwriter musician dj designer "
    "chef player coach athlete mogul billionaire businessman businesswoman heiress socialite "
    "writer author journalist reporter correspondent photographer stylist artist dancer "
    "performer icon legend diva starlet songstress crooner pop-star popstar superstar "
    "entrepreneur filmmaker newcomer winner nominee veteran co-star costar tycoon boss "
    "chairman chairwoman editor executive ceo founder quarterback pitcher forward guard "
    "singer-songwriter youtuber influencer personality anchor striker midfielder defender "
    "goalkeeper surgeon footballer cricketer golfer boxer swimmer sprinter gymnast jockey wrestler "
    "skater cyclist".split()
)

# Male and female role nouns: a role description can only refer to someone of that gender.
MALE_ROLE_NOUNS = frozenset("actor frontman businessman chairman crooner".split())
FEMALE_ROLE_NOUNS = frozenset("actress frontwoman businesswoman heiress hostess starlet songstress chairwoman".split())

# Honorifics and titles that precede a name but are not part of it.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady prof professor judge magistrate rev reverend "
    "cardinal archbishop bishop rabbi imam sheikh "
    "capt captain gen general sen senator gov governor president prince princess king queen pope "
    "officer detective sgt sergeant duke duchess earl countess baron baroness marquess viscount".split()
)
# "Lady", "Prince" and "Duke" begin many stage and given names; they are dropped only before a known given name.
# "Sir" and "Dame" are not among them: they are titles before any name ("Dame Priya").
NAME_INITIAL_TITLES = frozenset({"lady", "prince", "princess", "king", "queen", "lord", "duke", "earl", "baron", "countess"})

# Heads of noun phrases that denote a collective acting together ("her dancers", "the cast").
GROUP_NOUNS = frozenset(
    "kids cast crew dancers band bandmates entourage friends family players team correspondents "
    "fans handlers guests girls boys ladies guys gang squad pals posse members "
    "couple duo trio quartet group crowd audience children sons daughters parents brothers "
    "sisters teammates castmates co-stars costars".split()
)

# Relatives named by their relation to a person ("Bexa's mom").
RELATION_NOUNS = {
    "mom": "mother",
    "mum": "mother",
    "mother": "mother",
    "mama": "mother",
    "dad": "father",
    "father": "father",
    "papa": "father",
    "wife": "wife",
    "husband": "husband",
    "son": "son",
    "daughter": "daughter",
    "sister": "sister",
    "brother": "brother",
    "boyfriend": "boyfriend",
    "girlfriend": "girlfriend",
    "fiance": "fiancé",
    "fiancé": "fiancé",
    "fiancee": "fiancée",
    "fiancée": "fiancée",
    "grandmother": "grandmother",
    "grandfather": "grandfather",
}

# What a possessor of these nouns must be: a person ("X's dressing room", "X's performance").
PERSONAL_POSSESSIONS = frozenset(
    "dressing room performance belly baby bump pregnancy mom mum dad mother father wife husband "
    "son daughter sister brother boyfriend girlfriend fiance fiancé dancers handlers bodyguard "
    "bodyguards publicist manager outfit gown dress suit hair face smile speech song album "
    "debut career birthday announcement look tattoo tattoos entourage kids children family "
    "friends fans arm hand hands shoulder lap table room trailer date ear ears cheek neck".split()
)

# Places inside an event, most specific first ("dressing room" before "room").
PLACES = (
    "dressing rooms",
    "dressing room",
    "green room",
    "press room",
    "red carpet",
    "blue carpet",
    "pink carpet",
    "backstage",
    "behind the scenes",
    "on stage",
    "onstage",
    "stage",
    "front row",
    "courtside",
    "sidelines",
    "after-party",
    "afterparty",
    "after party",
    "vip area",
    "vip section",
    "vip room",
    "booth",
    "dance floor",
    "d-floor",
    "bar",
    "lobby",
    "table",
    "audience",
    "balcony",
    "photo booth",
    "pit",
    "parking lot",
    "hallway",
    "corridor",
    "kitchen",
    "patio",
    "terrace",
    "rooftop",
    "pool",
    "room",
    "way out",
    "way in",
)

# Words that report someone did NOT take part ("skipped the show", "missed the party").
ABSENCE_VERBS = frozenset("skip miss cancel decline avoid boycott snub ditch bail".split())

# The occasion itself, as the object of an absence verb: "skipped the event", "missed the reunion".
EVENT_NOUNS = frozenset(
    "event show ceremony party after-party afterparty gala awards premiere dinner festivities reunion "
    "screening concert game match celebration wedding funeral launch opening bash soiree shindig fete".split()
)

# Sighting verbs whose object is the person seen ("We spotted X", "we saw X").
SIGHTING_VERBS = frozenset("spot see witness catch notice glimpse observe find photograph snap watch".split())

# Acts only people do: for a name the model labelled as an organisation, place or work, being the
# subject of one of these makes it a person ("KBlitz replied", "Bexa smiled").
HUMAN_ACTS = frozenset(
    "walk stroll wear kiss hug embrace dance sing smile laugh cry sit chat sip pose joke flirt "
    "whisper exclaim reply gush cuddle snuggle wave high-five greet smoke drink eat marry date "
    "wed sob scream shout yell giggle wink nod shrug blush frown grin".split()
)

# Nationalities and faiths: a name made only of these is a description ("Briton wins…", "an Irish
# Catholic school"), not a person. ("Christian" is left out: it is a given name too.)
DEMONYMS = frozenset(
    "briton britons brit brits scot scots welsh irish english british american americans australian "
    "australians canadian canadians french german germans italian italians spanish dutch swedish norwegian "
    "danish finnish russian russians chinese japanese korean indian pakistani african nigerian mexican "
    "brazilian argentine jamaican greek turkish polish israeli arab catholic catholics protestant jewish "
    "muslim hindu sikh buddhist anglican european asian latino latina".split()
)

# Nouns for a version or a showing of a work: "a revival of X", "the premiere of X" (X a work).
VERSION_NOUNS = frozenset(
    "production productions revival adaptation staging remake sequel prequel reboot screening premiere rerun".split()
)

# Words that open headlines before a name ("Inside X's birthday bash", "Meet X"); spaCy's stop
# words cover "with", "at", "why" and the like.
HEADLINE_OPENERS = frozenset("inside behind outside beyond meet watch exclusive pictured".split())

# Legal-form words that end a company's name ("Vell Holdings Inc", "Corvano SpA").
CORPORATE_SUFFIXES = frozenset(
    "inc corp co cos ltd llc plc sa spa ag nv gmbh bhd pty lp holdings".split()
)

# Month names and their abbreviations, less those that are also given names (May, June, ...).
MONTH_NAMES = frozenset(
    "jan feb mar apr jun jul july aug sep sept oct nov dec january february march september october "
    "november december".split()
)
CALENDAR_MONTHS = MONTH_NAMES | frozenset({"may", "june", "april", "august"})

# Regnal numbers that end a name ("Aldric II"); written in capitals. Not "I": the pronoun.
ROMAN_NUMERALS = frozenset("II III IV V VI VII VIII IX X".split())

# Generational suffixes that may end a person's name ("John Reyes Jr", "Carl Hale III").
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())

# Words that never occur in a person's name: events, venues, media, companies.
NON_PERSON_WORDS = frozenset(
    "awards award prix news photo photos restaurant bistro lounge hotel theatre theater hall gala "
    "festival party records music tv magazine inc ltd llc club bar grill cafe café steakhouse hangar "
    "academy studios studio network channel radio times post journal gazette tribune daily weekly "
    "media entertainment pictures films productions foundation institute university college school "
    "church museum gallery arena stadium center centre park garden gardens street avenue boulevard "
    "square company corporation group brand brands fashion week show tour games cup league "
    "championship series season episode album single chart charts airlines airport station "
    "anonymous tribute ballroom room rooms tavern diner kitchen brasserie pub inn bakery deli pizzeria "
    "trattoria cantina backstage onstage offstage courtside ringside downstairs upstairs".split()
)

# Nouns that introduce a band's name ("US band Velvet Foxes", "Glasgow group Otto Varga").
BAND_NOUNS = frozenset("band group duo trio quartet outfit act rockers collective".split())
# Roles in a band: the name modifying them is the band's ("Tidewell frontman Owen Marsh").
BAND_MEMBER_NOUNS = frozenset("frontman frontwoman singer vocalist guitarist drummer bassist keyboardist bandmate bandmates members".split())

# What a brand or company has that a person does not ("Maison Vell's party", "Pearfield's store").
ORGANISATION_POSSESSIONS = frozenset(
    "party gala event collection campaign store stores boutique line brand label headquarters "
    "ceo spokesperson spokesman spokeswoman website app stock shares ad ads advert sponsorship "
    "booth tent lounge suite runway show".split()
)

# What a name can be said to be that a person is not ("Comets is a song").
THING_NOUNS = frozenset(
    "song single album record track tune anthem ballad film movie picture documentary show series "
    "sitcom drama musical play book novel game band group duo brand company label magazine "
    "newspaper website app restaurant club bar venue hotel festival award prize character debut "
    "feature sequel follow-up".split()
)

# The acts of an occasion itself, for stories that are not scene reports (news, obituaries): the
# narrower FrameNet Attending/Performers/Arriving frames and a physical encounter. Generic verbs
# ("made", "took", "went") and talking to the press place nobody there.
OCCASION_VERBS = frozenset(
    "attend arrive appear perform present co-present host co-host emcee compere accept collect sing "
    "greet hug kiss embrace dance dine mingle pose walk speak fight kick punch brawl arrest die meet "
    "congratulate introduce serenade toast duet headline thank hand".split()
)


# Adverbs of place the tagger takes for nouns ("embraced X backstage": X a compound of "backstage").
PLACE_ADVERBS = frozenset("backstage onstage offstage courtside ringside outside inside downstairs upstairs".split())

# Where being is being at the occasion: "was on air", "is backstage", "was in court".
OCCASION_SETTINGS = frozenset("air stage court studio backstage set ceremony podium audience crowd".split())

# Titles of those who preside over a hearing: a judge who ruled or spoke was there.
PRESIDING_TITLES = frozenset("judge magistrate justice coroner".split())

# Collective subjects and how many people they stand for (None: everyone named just before).
COLLECTIVE_SIZES = {"pair": 2, "duo": 2, "couple": 2, "newlyweds": 2, "lovebirds": 2, "both": 2, "two": 2,
                    "trio": 3, "three": 3, "everyone": None, "everybody": None, "all": None}
# Collectives that mean the couple the text made ("X married Y … the couple"), and the verbs that make one.
COUPLE_WORDS = frozenset({"couple", "newlyweds", "lovebirds"})
# Words for how people stand to each other that open a sentence before their names ("Exes X and Y").
RELATIONSHIP_OPENERS = COUPLE_WORDS | frozenset("ex exes pal pals friend friends bestie besties bff bffs".split())
COUPLING_VERBS = frozenset({"marry", "wed", "date", "engage"})

# Light verbs whose object names the interaction: "gave X a kiss", "made a gesture to X",
# "had dinner with X", "got cosy".
LIGHT_VERBS = frozenset(
    "give make have get plant blow share exchange offer throw hit take paint trade swap compare attempt stage".split()
)
SOCIAL_NOUNS = {
    "kiss": "kissed", "peck": "kissed", "smooch": "kissed", "hug": "hugged", "embrace": "hugged",
    "gesture": "gestured", "wave": "waved", "nod": "greeted", "wink": "winked", "high-five": "high-fived",
    "toast": "toasted", "shout-out": "gave a shout-out", "beeline": "approached", "chat": "talked",
    "conversation": "talked", "word": "talked", "hello": "greeted", "hellos": "greeted",
    "handshake": "shook hands", "selfie": "posed", "selfies": "posed", "dance": "danced",
    "words": "talked", "pleasantries": "talked", "kisses": "kissed", "hugs": "hugged", "numbers": "talked",
    "town": "went out together", "floor": "danced", "laugh": "laughed", "joke": "joked", "jokes": "joked",
    "story": "talked", "stories": "talked", "gossip": "talked", "notes": "talked", "tips": "talked",
    "photo": "posed", "picture": "posed", "dance-off": "danced", "heart-to-heart": "talked",

}
# Contests: "a dance-off against X", "played against X" (spaCy splits "dance-off", leaving "off").
CONTEST_WORDS = frozenset("off dance-off battle duel match game contest showdown race play compete spar wrestle".split())
# States two people are seen in together: "spotted deep in conversation", "caught in a clinch".
SHARED_STATES = {"conversation": "talked", "discussion": "talked", "talks": "talked", "clinch": "hugged", "embrace": "hugged"}
# Who sat at a hosted meal: "Guests included X and Y" after "X hosted a dinner".
GUEST_NOUNS = frozenset("guest guests diner diners attendee attendees".split())
HOSTING_VERBS = frozenset("host throw give hold organise organize".split())
MEAL_NOUNS = frozenset("dinner lunch breakfast brunch supper drinks drink meal cocktails coffee tea".split())
CLOSENESS_WORDS = frozenset("cosy cozy close closer cuddly flirty handsy inseparable smitten loved-up".split())

# Acts done as one party: everyone "with" the subject also shared it with each other (a table
# at dinner, a conversation, a presentation on stage).
GROUP_ACTIVITIES = frozenset("dine eat lunch brunch drink party celebrate chat gab talk converse present co-present perform sing dance".split())

# Working together: counts only when the text dates it ("currently", "recently").
WORK_VERBS = frozenset("work record film shoot collaborate co-star tour write produce coach mentor".split())
TIME_CUES = frozenset("currently recently today tonight yesterday while during".split())
# "last month", "last summer", "on Sunday": a stated time for working together.
TIME_PERIODS = frozenset("week month year night summer spring autumn fall winter weekend".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Nouns a "with" phrase can hang on and still accompany the act ("had dinner with X", "is
# filming her latest movie with X", "recorded a duet with X").
ACCOMPANIED_NOUNS = frozenset("dinner lunch breakfast brunch drinks meal film movie album record duet song track project tour date party selfie photo picture pic snapshot scene".split())

# Acts that put people side by side without their acting together ("arrested along with X").
NOT_TOGETHER_VERBS = frozenset("arrest charge sentence nominate compare rank list beat win lose pip replace tie involve".split())

# Nouns that introduce a partner ("her husband, X", "boyfriend X", "his new squeeze, X").
PARTNER_NOUNS = frozenset("wife husband boyfriend girlfriend fiance fiancé fiancee fiancée partner spouse squeeze beau bride groom".split())

# Verbs of joining someone else's stage or record, and the nouns that are theirs.
JOINING_VERBS = frozenset("appear show come join crash turn step storm guest feature bring jump".split())
# "appeared on X's debut album" counts as working together (dev-articles annotation rules).
JOINED_NOUNS = frozenset("stage performance set show concert gig album record single track song".split())

# Nouns of one performance shared by those it is "from" ("collaborations from X and Y").
COLLABORATION_NOUNS = frozenset("collaboration collaborations duet duets team-up".split())

# Words a scene report uses for the scene itself (outside quotes): an article that uses them
# more than once reports who was where at an occasion, and names people because they were there.
SCENE_WORDS = (
    "backstage", "red carpet", "after-party", "afterparty", "after party", "party", "parties", "partying",
    "sighting", "sightings", "spotted", "celebrities", "celebs", "a-listers", "dance floor", "d-floor",
    "press room", "green room", "vip", "ballroom", "guests", "attendees", "dined", "dinner", "restaurant",
    "courtside", "front row", "nightlife", "carpet", "arrivals", "posed", "onlookers", "mingled",
    "gala", "cocktail hour", "cocktails", "dessert", "balcony", "champagne", "soiree", "soirée",
    "spy", "spies", "spied", "onlooker", "eyewitness", "across the room", "bash", "shindig",
    "brunch", "mimosas", "next table", "corner table", "partied", "star-studded", "stars were out",
    "mingling", "suite", "suites", "skybox",
)

# Acts that do not place their agent at the occasion, whatever else the clause says: winning or
# being nominated happens on a ballot ("won best male", "picked up best album", "was nominated").
NOT_PRESENCE_VERBS = frozenset("win lose beat nominate shortlist pip vote earn pick scoop".split())

# Nouns naming a performance by whoever they are "from", "by" or possessed by ("X's set").
# Parts of a body an act can land on: "whispered in X's ear", "sat on X's lap" (the owner is the partner).
BODY_PARTS = frozenset("ear ears lap cheek cheeks shoulder shoulders arm arms knee knees neck forehead lips hand hands".split())
# Pictures of people: "photobombed a picture of X and Y" acts on X and Y.
IMAGE_NOUNS = frozenset("picture photo photograph selfie snap shot portrait".split())
# What someone posts of an occasion: "shared a video of herself and X singing".
POSTED_NOUNS = IMAGE_NOUNS | frozenset("video clip footage boomerang".split())

# Instruments: "played guitar" is a performance.
INSTRUMENTS = frozenset(
    "guitar guitars bass drums drum piano keyboards keyboard keys violin cello saxophone sax trumpet "
    "harmonica ukulele banjo harp flute organ synth synths decks turntables".split()
)
PERFORMANCE_NOUNS = frozenset("performance performances duet set collaboration collaborations rendition speech".split())

# Words that cast doubt on the clause below them ("He's 90% sure it was X").
EPISTEMIC_WORDS = frozenset("sure think believe guess wonder suspect assume imagine rumour rumor doubt unsure speculate".split())

# (governor, preposition): its object is only what the act is about, not someone there —
# music danced to, a person praised, celebrated, befriended or resembled.
TOPIC_PREPOSITIONS = frozenset({
    ("dance", "to"), ("dancing", "to"), ("tribute", "to"), ("homage", "to"), ("ode", "to"),
    ("praise", "for"), ("celebration", "of"), ("friendship", "with"), ("relationship", "with"),
    ("feud", "with"), ("look", "like"), ("sound", "like"), ("seem", "like"), ("dress", "as"),
    ("compare", "to"), ("comparison", "to"), ("inspire", "by"), ("design", "by"), ("dedicate", "to"),
    ("song", "by"), ("track", "by"), ("hit", "by"), ("cover", "of"),
    # what someone was asked or spoke about: "asked about her rival X", "joked about X"
    ("ask", "about"), ("question", "about"), ("quiz", "about"), ("talk", "about"), ("speak", "about"),
    ("joke", "about"), ("gush", "about"), ("rave", "about"), ("open", "about"), ("reminisce", "about"),
    ("comment", "about"), ("write", "about"), ("sing", "about"),
})
# Verbs whose object is someone evoked, not someone there ("channelling Maribel X", "mourned X").
TOPIC_VERBS = frozenset("channel evoke resemble mimic impersonate imitate mourn remember eulogise eulogize".split())

# What a person wears: a name on one is a label ("her Maison Vell jumpsuit", "a gown by X").
GARMENTS = frozenset("ballgown gown dress suit tuxedo tux frock jumpsuit look outfit shoes heels jewelry jewellery jewels bag coat jacket skirt number ensemble creation design".split())

# A photo credit's cue right before a name: "Photo: X/Stockframe", "(Photo by X/Getty Images)".
CREDIT_BEFORE = re.compile(r"\b(?:photo(?:graph)?|picture|image|credit)s?\s*(?::|by)\s*$", re.I)

# What an audience gives someone who is there: "received a standing ovation".
OVATION_NOUNS = frozenset("ovation applause".split())

# Craft named after their kind: "the superyacht Solstice" is a boat.
VESSEL_NOUNS = frozenset("yacht superyacht megayacht boat ship liner cruiser sailboat catamaran jet".split())

# What a company or venue is called before its name ("gaming company Pixel Forge").
ORGANISATION_NOUNS = frozenset("company firm label studio studios network channel station magazine newspaper tabloid website brand chain foundry restaurant club bar venue hotel charity".split())

# Kinds of work named before or around a title ("the film Eleanor Finch", "films, including X");
# appearing in one is a career fact, not being at the occasion.
WORK_NOUNS = frozenset(
    "film films movie movies album albums single singles song songs musical play novel book show shows "
    "series sitcom drama documentary track tracks record records comedy thriller biopic advert hit hits "
    "ballad ballads anthem anthems tune tunes".split()
)

# Roles in a work: the name modifying them is the work's ("Moonfall star Jonas Pike").
WORK_ROLE_NOUNS = frozenset("star stars actor actress director producer creator author writer cast co-star costar castmate".split())

# A name on one of these is the venue's: "the Velvet Door club".
VENUE_NOUNS = frozenset("club nightclub bar restaurant hotel lounge cafe café grill pub venue theatre theater arena".split())

# Verbs of taking a prize: "X picked up best band", "won best band, beating Y".
PRIZE_VERBS = frozenset("win pick collect take scoop receive land bag claim nab share".split())
