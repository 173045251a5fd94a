import type { LexiconEntry } from "./lexicon-entry";

/** Contact-therapist concepts: sharp, shooting, burning and nerve symptoms; pain that persists or builds. */
export const THERAPIST_ENTRIES: readonly LexiconEntry[] = [
  {
    concept: "sharp-pain",
    patterns: [
      "sharp [pain|pains|twinge|twinges|stab]",
      "(stabbing|stab|stabs|knife like|like a knife|knifelike|piercing)",
      "sharp or stabbing pain",
    ],
  },
  {
    concept: "shooting-radiating-pain",
    detail: "peripheralising",
    patterns: [
      "(spreading|spread|spreads|moving|moved|travelling|traveling|travelled|going|gone|creeping) further down [my|the] leg",
      "further down (my|the) leg (than before|now|than it did)",
      "(now|it now) (goes|reaches|gets|travels|runs) (down|all the way down) to my (calf|foot|toes|ankle|knee|shin)",
      "(now|it now) (goes|reaches|gets|travels|runs) (into|down into) my (calf|foot|toes|ankle|shin)",
      "(spreading|spread|spreads) (down|into) (my|the) (leg|calf|foot|thigh)",
    ],
  },
  {
    concept: "shooting-radiating-pain",
    patterns: [
      "(sciatica|sciatic pain|sciatic nerve pain|siatica|sciatic)",
      "(shooting|shoots|shot|shoot) [pain|pains|down|into|from]",
      "(radiating|radiates|radiated|radiate|radiating pain|radicular pain|radicular)",
      "(pain|ache|aching|it) (goes|going|went|travels|travelling|runs|running|spreads|spreading|shoots|moves) (down|into|down to|down into|all the way down to|through to) (my|the) [left|right] (leg|buttock|thigh|calf|foot|bum|hip|knee|ankle|toes|shin)",
      "pain (into|down) (my|the|one) (leg|buttock|thigh|calf|foot)",
      "pain in (my|the) (buttock|leg|thigh|calf|foot)",
      "nerve pain (in|down) (my|the) leg",
      "leg pain",
    ],
  },
  {
    concept: "burning-nerve-pain",
    patterns: [
      "burning [pain|sensation|feeling|ache]",
      "(burns|burn)",
      "(electric|electrical) (shock|shocks|pain|feeling|zaps|jolts|current)",
      "(electric|zaps|zapping|zinging|zings|jolts)",
      "nerve pain",
      "nervy pain",
      "like an electric shock",
      "(leg|thigh|calf|foot|shin|buttock|bum cheek) (feels|feel|felt|is|was) like (its|it is|it was|its been) (on fire|burning)",
      "(leg|thigh|calf|foot|shin) (is|was|feels|felt) on fire",
      "on fire (down|along|in) (my|the) (leg|thigh|calf|foot|shin)",
    ],
  },
  {
    concept: "numbness-tingling",
    patterns: [
      "(numb|numbness|numbish|tingling|tingly|tingle|tingles|tingled|tinglin)",
      "pins and needles",
      "(dead feeling|feels dead|gone dead|went dead|deadness)",
      "(prickling|prickly|buzzing|fizzing)",
      "(reduced|lost|loss of|altered|no|less) (sensation|feeling) (in|on) (my|the)",
      "(paraesthesia|paresthesia|paraesthesiae)",
    ],
  },
  {
    concept: "persistent-pain",
    patterns: [
      "(lasting|lasted|lasts|gone on|going on) (more than|over|longer than|beyond) (2|3|two|three|72|48) (days|hours)",
      "(more than|over|longer than|beyond) (72|48) hours [without (relief|improving|improvement)]",
      "(not|no|hasnt|isnt|without) (improving|improved|improvement|better) after (3|three|a few|several) days",
      "no (improvement|better) (in|after) (a week|a month|two weeks|weeks)",
      "(still|not better) after (a week|two weeks|a month)",
      "pain that lasts more than (48|72) hours",
    ],
  },
  {
    concept: "worsening-each-session",
    patterns: [
      "(worse|sorer|more sore|more painful|more pain) after (every|each) (session|visit|appointment|treatment|class|physio|time|one)",
      "(every|each) (session|visit|appointment|time) (makes it|leaves me|seems to make it|is) (worse|sorer)",
      "(worse|sorer) (every|each) (time|week) i go",
      "(getting|got|gets) worse (week on week|week by week|week after week|every week|each week|session after session)",
      "(rising|creeping up|going up|getting higher|climbing|increasing) (week on week|week by week|every week|each week)",
      "each time (i go|we do it) it (gets|is) worse",
      "(every|each) time i do (the|my|these|those) (exercises|stretches|exercise|session|sessions|physio) (its|it is|it gets|it feels|im|i am) (worse|sorer|more sore|more painful)",
      "(worse|sorer|more sore) [the next day] (every|each) time i do (the|my|these|those) (exercises|stretches|exercise)",
      "(higher|worse|more painful|sorer) than (the week before|last week|the previous week)",
      "(worse|sorer|more painful) than (the time before|the last time|last time|the previous time|after the last session|after the last one|the session before)",
      "(each|every) week (the pain|it) (is|gets|has been|seems) [a bit|a little|slightly] (higher|worse)",
    ],
  },
  {
    concept: "pain-not-settling",
    patterns: [
      "(doesnt|does not|didnt|did not|wont|will not|isnt|not|never) (settle|ease|calm down|go away|die down|subside|settling|easing) (after|when|once) i (stop|stopped|rest|rested)",
      "(keeps|kept|carries on|carried on) (hurting|going|aching) after i (stop|stopped)",
      "(not|wasnt|isnt|wasn't|hadnt|hasnt) [gone] back to (baseline|normal|my usual|usual) (by|by the|by the next|by next|the next|this|next|in the) morning",
      "(hasnt|didnt|did not|has not|hadnt) settled (by|overnight|by the morning|the next morning|by morning)",
      "sore (from|during|in) the warm up and (it|) (stayed|stays|kept going|persisted|lasted|carried on)",
      "(starts|started) (in|during) the warm up and (stays|stayed|persists|persisted|lasts|lasted|kept going)",
    ],
  },
  {
    concept: "swelling",
    patterns: [
      "(swelling|swollen|puffy|puffiness|swelled up|swell)",
      "(puffed up|puffing up|puffed|blown up|ballooned|ballooning)",
    ],
  },
  {
    concept: "loss-of-motion",
    patterns: [
      "(cant|cannot|can no longer|unable to|couldnt) (bend|twist|turn|move|reach|rotate) (as far|like i (used to|could)|as much|as well)",
      "(lost|losing|loss of) (movement|motion|range|range of motion|mobility|flexibility)",
      "(reduced|less|limited) (movement|range [of motion]|flexibility|mobility)",
      "(cant|cannot|couldnt|can no longer) (bend|move) (at all|forward|forwards|over|down|properly|my back)",
      "(back|it) (locked|has locked|seized|has seized|is stuck|got stuck|locked up|seized up)",
      "(movement|range|flexibility) (hasnt|has not|didnt|did not|never) come back",
      "(cant|cannot|can no longer|couldnt) (touch|reach) my toes",
      "[my] back (wont|will not|doesnt|does not|just wont) (bend|move|twist)",
    ],
  },
];
