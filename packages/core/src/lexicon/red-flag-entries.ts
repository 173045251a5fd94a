import type { LexiconEntry } from "./lexicon-entry";

/**
 * Emergency-level concepts: cauda equina signs, two-leg symptoms, rapidly worsening weakness, aortic, chest and
 * clot signs. Patient wordings follow clinical/reference.md §3.3 (rows 1-6, 22-26); page wordings follow the
 * annotation guide.
 */
export const RED_FLAG_ENTRIES: readonly LexiconEntry[] = [
  {
    concept: "bladder-bowel",
    detail: "urinary-retention",
    patterns: [
      "(cant|cannot|can not|couldnt|unable to|not able to|cant seem to) (pee|wee|urinate|pass urine|pass water|empty my bladder|go for a wee|go for a pee)",
      "(havent|have not|hasnt|hadnt) been able to (pee|wee|urinate|pass urine|pass water|empty my bladder)",
      "(havent|have not|hadnt|did not|didnt) (peed|weed|had a wee|had a pee|passed urine|passed water|urinated) (since|for|all)",
      "[urinary] retention [of urine]",
      "no urge to (pee|wee|urinate|go)",
      "(dont|cant|do not|cannot) [seem to|really|always|even] (know|tell|feel|notice|realise|realize) when my bladder is (full|empty)",
      "(not|never) (fully|properly) emptying [my] bladder",
      "(feel|feels|feeling) like i (havent|have not|cant) (emptied|empty) [my bladder]",
      "(nothing|hardly anything|only a trickle) (comes|came|will come|would come) out",
      "(wont|will not|wouldnt|doesnt|didnt) come out",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "urinary-hesitancy",
    patterns: [
      "(trouble|difficulty|struggling|struggle|problems|problem|hard|hesitancy) (starting|to start|getting|to get) [my] (pee|wee|urine|stream|peeing|weeing|urinating) [started|going]",
      "(trouble|difficulty|problems|struggling|struggle) (peeing|weeing|urinating|passing urine|passing water|to pee|to wee|with my bladder)",
      "(hard|harder|difficult) to (pee|wee|urinate|pass urine|go to the toilet)",
      "(push|strain|straining|pushing) [really|very|so] [hard] to (pee|wee|urinate|start peeing|get my pee started|get the pee out|get it started|go)",
      "(weak|slow|stop start|stop and start|dribbly) (stream|flow|wee|pee)",
      "(stream|flow) (is|was|has been) (weak|slow|stop start)",
      "difficulty (passing urine|urinating)",
      "(sit|sitting|wait|waiting|stand|standing) [there] (for ages|forever|for ever|a long time|for a long time) (before|until) (anything|it|something|the pee|the wee) (happens|comes|starts|comes out)",
      "(takes|take|taking|took) (ages|a long time|forever|so long) to (pee|wee|start peeing|get going|start)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "urinary-incontinence",
    patterns: [
      "(wet|wetting|wee|weed|peed|pee) myself",
      "(wet|wetting) the bed",
      "(leaking|leak|leaked|leaks|dribbling|dribble|dribbled) (urine|pee|wee)",
      "(urinary|bladder) (incontinence|leakage|leaking|accidents)",
      "incontinence",
      "incontinent",
      "(lost|losing|loss of|no) [control of] [my] bladder [control]",
      "(lost|losing|loss of|no) control of my (bladder|bowels|bowel)",
      "(needing|started wearing|wearing|need|needed) (pads|a pad)",
      "(cant|cannot|couldnt|unable to) (hold|control) [my|in] (pee|wee|bladder|urine|water)",
      "(didnt|did not|couldnt|could not) make it to the (toilet|loo|bathroom)",
      "accident (on the way to|before i got to|in) the (toilet|loo|bathroom)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "bladder-sensation",
    patterns: [
      "(cant|cannot|can not|couldnt) feel (the|my) (pee|wee|urine) [coming out]",
      "(cant|cannot|couldnt) feel (when|if) (i pee|i wee|im peeing|i need to pee|i need to wee|i need to go|my bladder is full)",
      "(reduced|less|no|lost|lost the|loss of) (feeling|sensation) when (i pee|i wee|passing urine|peeing|urinating|weeing)",
      "(dont|do not|didnt) (know|notice|realise|realize|feel) when i need to (pee|wee|go)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "bowel-incontinence",
    patterns: [
      "(pooed|pooped|soiled|messed|pood) myself",
      "(bowel|faecal|fecal) (incontinence|leakage|accident|accidents)",
      "(cant|cannot|couldnt|unable to) (hold|control) [in] [my] (bowels|poo|stool|stools|it in)",
      "(leaking|leak|leaks) from [my] (back passage|bottom|bum)",
      "(lost|losing|loss of) [control of] [my] bowel[s] [control]",
      "passing wind without (knowing|noticing|realising|realizing)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "bowel-sensation",
    patterns: [
      "(cant|cannot|couldnt) feel when (i poo|i open my bowels|im opening my bowels|i need to poo)",
      "(didnt|did not|dont) (notice|know|realise|realize) i (needed|need) to (poo|open my bowels)",
    ],
  },
  {
    concept: "bladder-bowel",
    patterns: [
      "(new|sudden) (bladder|bowel|toilet|waterworks) (problems|trouble|changes|change|issues)",
      "(bladder|bowel) (problems|dysfunction|disturbance|changes|trouble|issues)",
      "(bladder|bowel) or (bladder|bowel) (problems|changes|control|dysfunction|trouble)",
      "loss of (bladder|bowel) or (bladder|bowel) control",
      "(urinary|faecal) and (urinary|faecal) incontinence",
    ],
  },
  {
    concept: "saddle-anesthesia",
    detail: "wiping",
    patterns: [
      "(cant|cannot|couldnt|can barely|cant really|cannot really|could not) feel [the] (toilet|loo) (paper|roll|tissue)",
      "(cant|cannot|couldnt) [really] feel [it|anything] when i wipe",
      "(wiping|wipe) (feels|felt|is) (different|odd|strange|weird|numb|funny)",
      "numb[ness] when (i wipe|wiping)",
      "sitting on the (toilet|loo) feels numb",
      "(wiping|when i wipe) [it] (doesnt|does not|dont|do not) feel (normal|right|the same)",
    ],
  },
  {
    concept: "saddle-anesthesia",
    patterns: [
      "saddle (numbness|anaesthesia|anesthesia|area numbness|paraesthesia)",
      "numb[ness] in the saddle (area|region)",
      "(numb|tingly|numbness in|numbness around|tingling in|tingling around|pins and needles in|pins and needles around) [my|the] (bum|bottom|backside|buttocks|bum cheeks|groin|crotch|privates|genitals|private parts|back passage|anus|perineum|inner thighs|inner thigh|genital area|saddle area)",
      "(numb|tingly) (between|down) (my legs|there|below)",
      "(cant|cannot|couldnt) feel my (bottom|bum|backside|privates|genitals|groin|back passage)",
      "(pins and needles|tingling) down there",
      "(dental|dentist|dentists) (anaesthetic|anesthetic|injection) down (there|below)",
      "(inner thighs|inner thigh|groin|bum|bottom|buttocks) (are|is|have gone|has gone|went|feel|feels|felt) numb",
      "numbness around the (back passage|anus|genitals)",
      "perianal numbness",
    ],
  },
  {
    concept: "sexual-dysfunction",
    patterns: [
      "(cant|cannot|couldnt|unable to|struggling to|trouble to) (get|keep|maintain) (an erection|it up|hard)",
      "erectile (dysfunction|problems|difficulties|difficulty)",
      "(cant|cannot|couldnt|unable to) ejaculate",
      "(numb|no feeling|cant feel anything|couldnt feel anything) during sex",
      "orgasm (feels|felt|is) (different|strange|numb|absent|gone)",
      "(cant|cannot|couldnt) (orgasm|climax)",
      "(loss|lost|loss of) (sexual function|genital sensation|feeling during sex)",
      "(no|lost|loss of|reduced) (sensation|feeling) in my (penis|vagina|genitals|privates)",
      "new (erection|sexual) problems",
      "sexual dysfunction",
    ],
  },
  {
    concept: "bilateral-neuro",
    patterns: [
      "(sciatica|pain|numbness|tingling|pins and needles|weakness|shooting pain|nerve pain|symptoms|burning) (in|down|into) both (legs|feet|thighs|calves|sides)",
      "both (legs|feet|thighs|calves) (are|feel|went|have gone|keep going|go|feel really|are really) (numb|tingly|weak|dead|heavy|wobbly)",
      "jelly legs",
      "legs (feel|felt|are|went|going|go) (like jelly|to jelly)",
      "legs (wont|dont|will not|do not|wouldnt) do what i (tell|want) them",
      "legs (wont|dont|will not|wouldnt) (work|cooperate|hold me up) [properly]",
      "legs (keep|kept|are|were) giving way",
      "legs gave way",
      "(swapped|spread|moved|gone|spreading|moving) (to|into|down) (both legs|the other leg|my other leg)",
      "(bilateral|two sided|double) (sciatica|leg pain|numbness|weakness|leg symptoms)",
      "(sciatica|numbness|tingling|weakness) in (one or both|both) legs",
    ],
  },
  {
    concept: "progressive-weakness",
    patterns: [
      "(leg|legs|foot|feet) (getting|is getting|are getting|gets|get|got) weaker",
      "(getting|growing|became|becoming) weaker (and weaker|by the hour|every day|each day|since yesterday|every hour|by the day)",
      "weaker and weaker",
      "(sudden|suddenly|rapid|rapidly|quickly|increasing|progressive|worsening) (weakness|weak|loss of strength)",
      "(rapidly|quickly) (worsening|increasing|progressing) weakness",
      "(weakness|foot drop|drop foot) (getting|is getting|gets|got) worse",
      "(can no longer|now cant|cant now|now i cant) (lift my foot|stand on my toes|stand on tiptoe|walk|stand)",
      "(rapid|sudden) loss of (leg strength|strength in my legs)",
    ],
  },
  {
    concept: "vascular",
    detail: "tearing-pain",
    patterns: [
      "(tearing|ripping) (pain|feeling|sensation)",
      "feels like something (tore|is tearing|ripped|is ripping)",
      "sudden (severe|agonising|agonizing|excruciating) (tummy|abdominal|stomach|belly) pain",
    ],
  },
  {
    concept: "vascular",
    detail: "pulsing-abdomen",
    patterns: [
      "(pulsing|pulsating|throbbing|beating|pulsation) (in|feeling in|sensation in|near) my (tummy|stomach|abdomen|belly|belly button)",
      "(pulse|heartbeat) (in|feeling in) my (tummy|stomach|abdomen|belly)",
      "(pulsing|pulsating) (abdomen|tummy|stomach|mass|lump|belly)",
      "my (tummy|stomach|belly|abdomen) (is|feels) (pulsing|pulsating|throbbing)",
      "pulsing near (my|the) belly button",
    ],
  },
  {
    concept: "vascular",
    detail: "collapse",
    patterns: ["(fainted|passed out|collapsed|blacked out|keep fainting)"],
  },
  {
    concept: "vascular",
    detail: "dizzy-clammy",
    patterns: ["(dizzy|clammy|lightheaded|light headed|cold and sweaty|grey and sweaty)"],
  },
  {
    concept: "vascular",
    detail: "chest-pain",
    patterns: [
      "chest pain[s]",
      "pain[s] (in|across|around) (my|the) chest",
      "(tightness|pressure|tight|heaviness) (in|across|around) (my|the) chest",
      "chest (feels|is|felt) (tight|heavy|crushing)",
      "chest (tightness|pressure|heaviness)",
    ],
  },
  {
    concept: "vascular",
    detail: "breathless",
    patterns: [
      "breathless[ness]",
      "(short|shortness) of breath",
      "(cant|cannot|couldnt|struggling to|hard to|difficult to|unable to) (breathe|catch my breath|get my breath)",
      "(suddenly|sudden) out of breath",
      "(difficulty|trouble) breathing",
      "breathing (is|has been) (difficult|hard|laboured|labored)",
    ],
  },
  {
    concept: "vascular",
    detail: "coughing-blood",
    patterns: ["coughing [up] blood", "coughed [up] blood"],
  },
  {
    concept: "vascular",
    detail: "calf-clot-signs",
    patterns: [
      "(swollen|red|hot|painful|throbbing|tender) (calf|calves)",
      "(calf|calves) (is|are|feels|feel|looks|went|has been|have been) [all] (swollen|red|hot|warm|tender|throbbing|tight|puffy)",
      "(dvt|deep vein thrombosis|blood clot|clot in my leg)",
    ],
  },
  {
    concept: "vascular",
    detail: "thoracic-pain",
    patterns: [
      "between (my|the) shoulder blades",
      "band (of pain|like pain|of tightness) (around|round) (my|the) (chest|ribs)",
    ],
  },
];
