import type { LexiconEntry } from "./lexicon-entry";

/**
 * Expected and monitor concepts: the normal response to a session (soreness, stiffness, a short familiar flare)
 * and tingling that settles (clinical/reference.md §1).
 */
export const NORMAL_ENTRIES: readonly LexiconEntry[] = [
  {
    concept: "doms",
    patterns: [
      "(doms|delayed onset muscle soreness|delayed onset soreness)",
      "(muscle soreness|muscular soreness|sore muscles|aching muscles|achy muscles|muscle ache|muscle aches|muscles ache|muscles are sore|muscles feel sore|muscles feel achy|muscles are achy)",
    ],
  },
  {
    concept: "mild-soreness",
    patterns: [
      "(sore|soreness|sorer|ache|aches|achy|aching|achey|tender|tenderness|grumpy|niggle|niggly|niggling|bruised)",
      // A twinge of the back ("my back twinged when I sat down", "that twinge has been settling").
      "(twinge|twinges|twinged|twingey|twingy)",
      "dull (ache|pain|aching)",
      "good pain",
      "(muscle fatigue|tired muscles|muscles are tired|muscles feel tired|worked muscles)",
      "stretching (sensation|feeling)",
      "(mild|slight|a bit of|a little) (pain|discomfort|soreness|ache)",
      // After hands-on treatment or needling: "feeling battered", "a weird twitchy tiredness in the muscles".
      "(battered|beaten up|twitchy|twitchiness)",
      "(tiredness|tired|fatigue) in (the|my) [low|lower|upper] (back|muscles|back muscles|glutes)",
      // The back told as grumbling at the patient: "had my back grumbling for two days", "my hips were protesting".
      "(back|spine|hip|hips|glutes|muscles|body|core) [is|was|are|were|has been|have been|been|kept|keeps|started|still|is still|was still] [a bit|a little|really|quite|properly] (grumbling|grumbly|grumble|grumbled|protesting|protest|protested|complaining|complain|complained|moaning|moan|moaned|whinging|whingeing|griping|nagging|talking to me|barking at me|letting me know)",
      "(grumbling|grumbly|nagging|niggly) (back|ache|pain|soreness|lower back|low back)",
      // Felt without being pain: "I'm still aware of my back", "conscious of my lower back".
      "(aware|conscious) of (my|the) [low|lower|upper] back",
    ],
  },
  {
    concept: "stiffness",
    patterns: [
      "(stiff|stiffness|stiffer|tight|tightness|tighter|stiffened up|tightened up)",
      "seized up a bit",
    ],
  },
  {
    concept: "soreness-timeline",
    patterns: [
      "(peaks|peaking|peaked|worst) (at|after|around|between) (24|48|72) [to (48|72)] hours",
      "(24|48) (to|-) (48|72) hours",
      "(sore|soreness|achy|stiff) (for|lasting|lasts) a day or two",
      "(sore|achy|stiff|worse) the (day|morning) after",
      "next day (soreness|ache|stiffness)",
      "better the next day",
    ],
  },
  {
    // A flare bigger than the patient's usual ones (monitor, or more if it is not settling).
    concept: "flare-after-new-exercise",
    detail: "big-flare",
    patterns: [
      "(big|bad|bigger|worse|nasty|major|huge|massive|proper|serious|horrible|awful|terrible|severe|really bad|massive) (flare|flare up|flareup|flares|flare ups|flareups|flair|flair up|flairup|flair ups)",
      "(bigger|worse|larger|stronger|nastier) than (usual|normal) (flare|flare up|flareup)",
      "(flare|flare up|flareup) (was|is|has been|that was) (bigger|worse|nastier) than (usual|normal)",
      "(flared|flared up|flaring|flaring up|flare up|flares up) (badly|really badly|bad|really bad|proper bad|so bad|big time|like mad|something awful)",
      // "Bad back day on Wednesday - worse than any I've had since starting PT": a flare past the usual ones.
      "(worse|bigger|sorer|more painful|nastier) than (any|anything) (ive had|i have had|i had|ive felt|i have felt|in weeks|in months|for weeks|for months|since starting|since i started)",
      "(worst|biggest|nastiest) (flare|flare up|flareup|one|day|back day|pain day) (in|for) (weeks|months|ages|a long time|a while)",
      // "flared my back more than it's been in weeks", "worse than it has been for months", "a bigger flare than normal".
      "(more|worse|sorer|bigger|badder|stiffer) than (its|it has|its been|it has been) been (in|for) (weeks|months|ages|a long time|a while|a year)",
      "(bigger|worse|nastier|larger|stronger) (flare|flare up|flareup|flair up) than (usual|normal|i usually get|i normally get|my usual|ive had in weeks)",
      // "my back seized up, the worst it's been in months".
      "(worst|sorest|stiffest|most painful|worst pain) (its|it has|its been|it has been|ive had|i have had|ive felt|ive had it|ive been) [been] (in|for) (weeks|months|ages|a long time|a while|a year|years)",
      // Told by how far past the usual it went: "hurt a lot more than usual", "way sorer than normal".
      "(hurt|hurts|hurting|ache|aches|aching|twinged|twinging|throbbed|throbbing|sore|painful|stiff) (a lot|lots|much|way|loads|far|quite a bit|a good deal|significantly) (more|worse) than (usual|normal)",
      "(a lot|much|way|loads|far|quite a bit) (sorer|more sore|more painful|stiffer) than (usual|normal)",
      // Told by how far past the usual it lasted: "the ache is outlasting what I normally get", "hanging around
      // longer than it usually does".
      "(outlasting|outlasted|outlasts|lasting longer than|lasted longer than|gone on longer than|going on longer than|hanging around longer than|hung around longer than|sticking around longer than|stuck around longer than) (usual|normal|i normally get|what i normally get|what i usually get|what i normally have|it normally does|it usually does|normal for me|usual for me|my usual|the usual|ever before)",
    ],
  },
  {
    // A flare of the patient's own pain: expected when it settles within about a day.
    concept: "flare-after-new-exercise",
    detail: "flare-up",
    // ("flair up": the common misspelling, itself a word, so typo correction leaves it)
    patterns: [
      "(flare up|flare|flared|flared up|flaring|flares|flareup|flair up|flairup|flaired up)",
    ],
  },
  {
    concept: "flare-after-new-exercise",
    patterns: [
      "(familiar|usual|same old|old familiar|normal) (ache|pain|soreness|niggle|stiffness)",
      "(a bit|slightly|a little) (worse|sorer|more sore) after (the|a|my) new (exercise|exercises|stretch|move|routine|programme|program)",
      "(increase|increased|more pain) after (a|the) new (exercise|technique)",
    ],
  },
  {
    concept: "tingling-settling",
    patterns: [
      "(tingling|tingle|tingly|pins and needles|numbness) (that|which) (goes away|settles|subsides|eases|clears|fades) [with rest|when i rest|quickly|in minutes]",
      "(mild|slight|brief|a little|little) (tingling|tingle|tingles)",
    ],
  },
];
