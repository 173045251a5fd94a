import type { LexiconEntry } from "./lexicon-entry";

/**
 * See-doctor concepts: stable weakness and foot drop, severe pain, night pain, weight loss, cancer history,
 * fever and infection risks, trauma, osteoporosis and steroids (clinical/reference.md §3.3 rows 6-19).
 */
export const URGENT_ENTRIES: readonly LexiconEntry[] = [
  {
    concept: "leg-weakness",
    detail: "foot-drop",
    patterns: [
      "(foot drop|drop foot|dropped foot)",
      "(foot|feet) (slaps|slapping|slap|slapped|flops|flopping)",
      "(foot|toes|toe) (drags|dragging|drag|catches|catching|catch|scuffs|scuffing)",
      "(cant|cannot|can not|struggle to|struggling to|unable to|hard to|couldnt) (lift|raise|pick up|pull up) my (foot|toes|ankle)",
      "(tripping|trip|tripped) over my (foot|toes|own feet|feet)",
      "(cant|cannot|couldnt|unable to) (stand|walk) on my (toes|tiptoes|heels|tiptoe|heel)",
      "(weak|floppy) (ankle|foot)",
    ],
  },
  {
    concept: "leg-weakness",
    patterns: [
      "(leg|knee) (gives|gave|giving|keeps giving|kept giving) way",
      "(leg|knee) (buckles|buckled|buckling)",
      "weakness (in|of) (my|the) (leg|foot|ankle|thigh|calf|knee)",
      "(leg|foot|ankle|thigh) (is|feels|felt|has been|has gone|went|feeling) weak",
      "weak (leg|foot|ankle|thigh)",
      "loss of (strength|power) in my (leg|foot)",
      "leg weakness",
      "(muscle|motor) weakness",
      "weakness in the leg",
      "loss of strength",
    ],
  },
  {
    concept: "severe-pain",
    patterns: [
      "(severe|unbearable|excruciating|agonising|agonizing|crippling|extreme|horrendous|debilitating) [back] (pain|ache|aching)",
      "(pain|it) (is|was|has been) (unbearable|excruciating|agonising|agonizing|severe|horrendous)",
      "(unbearable|excruciating|agony|in agony)",
      "worst pain (ive|i have|i have ever|ive ever) [ever] (had|felt)",
    ],
  },
  {
    concept: "severe-pain",
    detail: "not-eased-by-rest",
    patterns: [
      "(rest|resting|lying down|lying still|laying down|lying flat|sitting down|nothing) (doesnt|does not|didnt|did not|isnt|wont|will not) (help|helping|ease it|ease|change it|change anything|touch it|make a difference|make any difference)",
      "(painkillers|pain killers|tablets|meds|medication|medicine|ibuprofen|paracetamol|codeine|pills) (arent|are not|dont|do not|isnt|havent|didnt|did not|wont) (touching it|helping|help|working|work|doing anything|touch it|touched it|do anything|made a difference)",
      "not (eased|relieved|helped|better) (by|with) (rest|resting|lying down|painkillers|medication)",
      "(doesnt|does not|dont|do not) (ease|improve|get better|go away|settle) (with|when i) (rest|resting|lie down|lying down)",
      "nothing (helps|eases it|touches it|works)",
    ],
  },
  {
    concept: "severe-pain",
    detail: "cannot-function",
    patterns: [
      "(cant|cannot|can barely|hard to|unable to|couldnt) (think|talk|speak) [straight|properly|clearly]",
      "(cant|cannot|couldnt|unable to) get out of bed",
      "(cant|cannot|couldnt|unable to) (wash|dress|get dressed|shower) [myself]",
      "so bad (i cant|that i cant|i couldnt) (think|talk|sleep|move|walk|breathe)",
    ],
  },
  {
    concept: "night-pain",
    patterns: [
      "night pain",
      "pain (at|in the) night",
      "(worse|worst|bad|painful) at night",
      "(wakes|waking|woke|woken|keeps waking|keeps me up|kept me up|keeps me awake|kept me awake) me [up] (at night|in the night|every night|all night)",
      "(wakes|keeps waking|kept waking|woke) me up",
      "(cant|cannot|couldnt|unable to) sleep (because of|for|with|due to) the pain",
      "(cant|cannot|couldnt) (find|get) (a|any) comfortable position",
      "(cant|cannot|couldnt) get comfortable (in any position|no matter what|at night|in bed)",
      "no (comfortable|position is comfortable|position helps)",
      "pain (that is|thats|is) worse (with|at) rest",
      "(increases|worse|worsens) (with|at|when i) rest",
    ],
  },
  {
    concept: "weight-loss",
    patterns: [
      "(lost|losing|dropped|dropping) (weight|a stone|a lot of weight|loads of weight|some weight|a bit of weight|lots of weight) [without (trying|dieting|meaning to)]",
      "unexplained weight loss",
      "(unintentional|unintended|sudden|rapid|recent) weight loss",
      "weight loss",
      "(clothes|trousers|jeans) (are|feel|have got|got) (loose|looser|baggy)",
      "without (trying|meaning) to lose weight",
    ],
  },
  {
    concept: "cancer-history",
    patterns: [
      "[breast|prostate|lung|kidney|bowel|thyroid|skin|ovarian|bone|pancreatic|colon|colorectal|cervical|womb] cancer",
      "(myeloma|lymphoma|leukaemia|leukemia|melanoma|sarcoma|metastases|metastatic|mets)",
      "in remission",
      "(tumour|tumor|tumours|tumors)",
      "(secondary|secondaries) in (my|the) (bones|spine)",
    ],
  },
  {
    concept: "fever-infection",
    detail: "fever",
    patterns: [
      "fever[s]",
      "feverish",
      "[a] high temperature",
      "(running|got|had|have) a temperature",
      "(temperature|temp) of (38|39|40|101|102|103|104)",
      "chills",
      "(shivering|shivers|shivery|shaking|shakes|rigors)",
      "night sweats",
      "(sweating|sweats) at night",
      "hot and cold",
      "(flu like|fluey|flu ish|really unwell|feverish and unwell)",
    ],
  },
  {
    concept: "fever-infection",
    detail: "iv-drug-use",
    patterns: [
      "(inject|injecting|injected|shoot up|shooting up) (drugs|heroin)",
      "iv drug[s] [use|user]",
      "intravenous drug[s] [use]",
      "ivdu",
      "heroin",
    ],
  },
  {
    concept: "fever-infection",
    detail: "immunosuppressed",
    patterns: [
      "(on|taking|having|started) (chemo|chemotherapy|immunosuppressants|immunosuppressant|biologics|methotrexate|immunotherapy)",
      "(immunosuppressed|immunocompromised|immunosuppression|immune suppressed)",
      "(weak|weakened|low) immune system",
      "hiv",
      "(organ|kidney|liver) transplant",
    ],
  },
  {
    concept: "fever-infection",
    detail: "recent-infection",
    patterns: [
      "(uti|urine infection|urinary tract infection|kidney infection|wound infection|skin infection|infected wound|blood infection|sepsis|bacteraemia|bacteremia|cellulitis|abscess)",
      "(wound|scar|incision) (is|looks|has gone|went) (red|infected|hot|swollen|angry)",
      "(wound|scar|incision) (is|has been) (oozing|weeping|leaking)",
    ],
  },
  {
    concept: "trauma",
    detail: "major",
    patterns: [
      "car (crash|accident|collision)",
      "(road traffic|rta|motorbike|motorcycle|bike|cycling) (accident|crash)",
      "(hit|knocked over) by a (car|van|bus|lorry|truck|bike)",
      "(fell|fall|fallen|falling) (from|off) (a ladder|the ladder|the roof|a roof|a height|height|a horse|scaffolding|a wall)",
      "(fell|fall|fallen|falling|tumbled) down (the|some|a flight of) stairs",
      "(major|serious|bad) (accident|trauma|fall)",
    ],
  },
  {
    concept: "trauma",
    detail: "fall",
    patterns: [
      "(i|ive|i have) (fell|fallen|slipped|tripped)",
      "(had|have had) a fall",
      "fell (over|down|on|off|backwards|onto|hard)",
      "slipped (on|and|over)",
      "(sat|landed) (down hard|hard|heavily|awkwardly|on my (back|bum|bottom|tailbone|coccyx))",
      "(injured|jarred|jolted|hurt) my back (falling|in a fall|when i fell|slipping)",
    ],
  },
  {
    concept: "osteoporosis-steroids",
    detail: "osteoporosis",
    patterns: ["(osteoporosis|osteopenia|brittle bones|thin bones|low bone density|weak bones)"],
  },
  {
    concept: "osteoporosis-steroids",
    detail: "steroids",
    patterns: [
      "(long term|long-term|daily|regular|years of|lots of) (steroids|steroid tablets|prednisolone|prednisone|corticosteroids)",
      "(on|taking|take|been on|been taking) (steroids|steroid tablets|prednisolone|prednisone|corticosteroids)",
      "(steroid tablets|prednisolone|prednisone|corticosteroids)",
    ],
  },
];
