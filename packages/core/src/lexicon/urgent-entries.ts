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
      "(foot|toes|toe) [keeps|kept|is|was|has been|always|sometimes] (drags|dragging|drag|catches|catching|catch|scuffs|scuffing)",
      // "my left foot has tended to catch on the carpet", "my toes seem to drag", "the foot keeps on scuffing".
      "(foot|toes|toe) [has|have|had|now|just] (tends to|tended to|tend to|seems to|seem to|started to|starts to|keeps on|kept on|likes to|wants to) (drag|catch|scuff|trip|snag)",
      "(foot|toes|toe) (snags|snagging|snagged|scuffed|caught) (on|against)",
      "(cant|cannot|can not|struggle to|struggling to|unable to|hard to|couldnt) (lift|raise|pick up|pull up) my (foot|toes|ankle)",
      "(tripping|trip|tripped|trips) over my [own] [left|right] (foot|toes|toe|own feet|feet)",
      "(cant|cannot|couldnt|unable to) (stand|walk) on my (toes|tiptoes|heels|tiptoe|heel)",
      "(weak|floppy) (ankle|foot)",
      // A foot that has gone lazy, or that the shoe scuffs: "my right foot has been a bit lazy", "I scuff my shoe".
      "(foot|ankle) [has been|is|feels|has gone|went|has got|got|seems|is being] [a bit|a little|bit|quite|really|so|kind of|sort of] (lazy|floppy)",
      "(scuff|scuffing|scuffs|keep scuffing|kept scuffing) (my|the toe of my|the toes of my|the front of my) (shoe|shoes|trainer|trainers)",
      // The slap of a dropped foot told as its sound: "flap flap", "it makes a slapping noise on the floor".
      "(flap flap|slap slap|flop flop)",
      "(foot|it) (make|makes|made|making) a (slapping|flapping|slap|flap) (noise|sound)",
      // A foot or toes that will not come up: "my toes don't lift properly", "my foot won't come up".
      "(foot|toes|toe|ankle) [just|really|quite|simply|always|still|now] (dont|doesnt|wont|will not|do not|does not|cant|cannot|arent|isnt|wouldnt|didnt|not) [properly|really|quite|fully|always|want to] (lift|lifting|come up|coming up|pull up|clear the floor|clear the ground|clear the step)",
      "(keep|keeps|kept|been|started) (tripping|catching my (foot|toes|toe)|stubbing my (foot|toes|toe)|catching (it|them) on)",
      // Toes that catch or a foot that barely comes up, however the sentence runs ("by lunch I was catching my toes").
      "catching my [left|right|big] (foot|toes|toe)",
      "(foot|toes) [just|keeps|kept|is|was|has been|now] (hangs|hanging|dangles|dangling|flops|flopping|floppy)",
      "(foot|toes) (not|dont|doesnt|wont|cant|cannot) (go|come|lift|move) up",
      "(can barely|can hardly|could barely|could hardly|barely|hardly) (lift|raise|pick up|pull up) [the front of] (my|the) (foot|toes|ankle|feet)",
      "(lift|raise|pull up) the front of (my|the) foot",
      // Lifting the knee high to keep the toes from catching (a steppage walk): "I must lift the knee high so I
      // don't trip", "have to raise my leg right up or my foot drags".
      "(lift|lifting|raise|raising|hitch|hitching) (my|the) [left|right] (knee|leg|foot) [up] (high|higher|right up|up high|really high) (so|or|otherwise|to avoid|to stop)",
      // "now I have to lift my knee right up to clear the foot".
      "(lift|lifting|raise|raising|bring|bringing) my (knee|leg) [up] (high|higher|right up|up high|way up|up) to clear (the|my) (foot|toes)",
    ],
  },
  {
    concept: "leg-weakness",
    patterns: [
      "(leg|knee) (gives|gave|giving|keeps giving|kept giving) way",
      // Told in the perfect: "my right knee has given way twice this week", "the leg's given way on the stairs".
      "(leg|knee) [has|had|has now|has just|s|has twice|has once] given (way|out)",
      "(leg|knee) (buckles|buckled|buckling)",
      "weakness (in|of) (my|the) (leg|foot|ankle|thigh|calf|knee)",
      "(leg|foot|ankle|thigh) (is|feels|felt|has been|has gone|went|feeling) weak",
      // In other words for strength gone: "my left foot is not strong", "the leg has no power", "foot got weaker".
      "(leg|foot|ankle|thigh) (is|feels|felt|has been|has gone|went|got|is getting|getting|has become|became) (not strong|not so strong|not as strong|less strong|weaker|no strength|no power)",
      "(leg|foot|ankle|thigh) (has|had) no (strength|power) [in it|left]",
      // Told with "isn't" and a hedge: "my left thigh just isn't strong", "the foot really isn't as strong".
      "(leg|foot|ankle|thigh|calf) [just|really|simply|definitely|still|now] (isnt|is not|wasnt|was not|aint|hasnt been|has not been|doesnt feel|does not feel) [as|so|nearly as|quite as|anywhere near as] strong",
      "weak (leg|foot|ankle|thigh)",
      // "ankle's gone weak": the apostrophe drops, so "ankles gone weak" (no "have", one side).
      "(ankles|thighs) (gone|going|feeling|getting|went) weak",
      // Cannot push off a foot or ankle when walking: calf weakness ("can't push off it properly").
      "(cant|cannot|can not|couldnt|unable to|not able to|struggling to|struggle to|can barely|can hardly) [really|properly] push off (it|on it|that foot|my foot|the foot|my ankle|that ankle|my toes|with my foot|through my foot|my (left|right) (foot|ankle|leg))",
      "(no|lost|losing|lost the|lost all) (push off|push) (in|from|through|on) (my|the|that) (foot|ankle|toes|calf)",
      "loss of (strength|power) in my (leg|foot)",
      // Found weak against a hand's resistance: "my big toe won't push up against her hand anymore", "I can't hold
      // my foot up against his pressure", "the ankle doesn't push down against resistance".
      "(foot|toe|toes|ankle|leg) (wont|cant|cannot|doesnt|couldnt|wouldnt|didnt) [properly|really] (push|press|lift|hold) [up|down|back] against",
      "(foot|toe|toes|ankle|leg) (wont|cant|doesnt|couldnt) (push|press|lift|hold) (up|down) (any more|anymore) against",
      "(cant|cannot|couldnt|unable to|not able to|can barely|could barely) (push|lift|hold|raise) (my|the) [left|right|big] (foot|toe|toes|ankle|leg) [up|down] against",
      "(weak|weaker|no strength|no power) (pushing|pressing|pulling|lifting) [up|down] against",
      // Told with "it" after the part tested: "she tested my ankle and it couldn't push down against her hand".
      "(it|they) (wont|cant|couldnt|wouldnt|didnt) (push|lift|hold) [up|down] against (her|his) (hand|hands|fingers|pressure)",
      "leg weakness",
      "(muscle|motor) weakness",
      "weakness in the leg",
      "(leg|foot) (not|isnt|is not|wont|doesnt|does not|will not|just wont) (doing|do) what i (tell|want|ask) (it|her|him)",
      "loss of strength",
    ],
  },
  {
    concept: "leg-weakness",
    detail: "fails-task",
    patterns: [
      // A leg that fails at a task, without a weakness word: "the thigh just won't do it", "my leg won't push me up
      // the step", "the right thigh doesn't do its job any more" (pain that stops it is read in `extract.ts`).
      "(leg|thigh|thigh muscle|quad|quads|calf) [just|simply|really|now|still|literally|totally|completely] (wont|will not|doesnt|does not|cant|cannot|wouldnt|would not|didnt|did not) [even|properly|really] (do it|do its job|do the job|do the work|do its thing|play ball|push me up|lift me up|lift me|get me up|take me up|push up|hold me|take me)",
    ],
  },
  {
    concept: "severe-pain",
    patterns: [
      "(severe|unbearable|excruciating|agonising|agonizing|crippling|extreme|horrendous|debilitating) [back] (pain|ache|aching)",
      "(pain|it) (is|was|has been) (unbearable|excruciating|agonising|agonizing|severe|horrendous|dreadful|horrific|intolerable|atrocious)",
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
      "(doesnt|does not|dont|do not) (ease|improve|get better|go away|settle|change|budge|shift|let up) (with|when i) (rest|resting|lie down|lying down)",
      "nothing (helps|eases it|touches it|works|relieves it|takes the edge off|takes it away|shifts it)",
      // "there's no position that helps", "nothing that eases it".
      "(nothing|no position) (that|which) (helps|eases it|touches it|works|relieves it|takes the edge off|takes it away|shifts it)",
      // Still or lying down, and no relief: "sitting still does not relieve it at all", "lying flat doesn't take the edge off".
      "(rest|resting|lying down|lying still|laying down|lying flat|sitting still|sitting down|keeping still|staying still|bed rest|lying in bed) (doesnt|does not|didnt|did not|wont|will not) (relieve|relieve it|take the edge off|take it away)",
      // Staying in bed and no easing: "staying in bed isn't easing it one bit".
      "(rest|resting|lying down|lying still|lying flat|staying in bed|lying in bed|being in bed|bed rest|staying still|keeping still) (isnt|is not|wasnt|was not|hasnt been|has not been|aint) (easing|easing it|relieving it|helping|helping it|doing anything|touching it)",
    ],
  },
  {
    concept: "severe-pain",
    detail: "cannot-function",
    patterns: [
      "(cant|cannot|can barely|hard to|unable to|couldnt) (think|talk|speak) [straight|properly|clearly]",
      // Thinking and talking told another way: "I can't concentrate on anything", "I can barely get my words out".
      "(cant|cannot|can barely|can hardly|couldnt|could barely|could hardly|unable to|impossible to) concentrate on (anything|a thing)",
      "(cant|cannot|can barely|can hardly|couldnt|could barely|could hardly|struggling to|struggle to) get (my|the) words out",
      // Talking told as a conversation: "can barely hold a conversation with my kids because of it".
      "(cant|cannot|can barely|can hardly|couldnt|could barely|could hardly|hard to|unable to) (hold|have|follow|keep up) a conversation",
      "(cant|cannot|couldnt|unable to) get out of bed",
      "(cant|cannot|couldnt|unable to|could not|can not|was not able to|wasnt able to|not able to) (wash|dress|get dressed|shower) [myself]",
      "so bad (i cant|that i cant|i couldnt|i cannot|that i cannot|i can not|i could not) (think|talk|sleep|move|walk|breathe|concentrate|focus)",
      // Crying with it: "I'm crying it hurts so much", "in tears with the pain", "can't get out of my chair without crying out".
      "(crying|in tears|sobbing|weeping) (with|from|because of) [the] pain",
      "(im|i am|i was|ive been|i have been|been) (crying|in tears|sobbing) [because|cos|as] (it hurts|it is so painful|its so painful) [so much|so bad]",
      "hurts so (much|bad) (im|i am|i was|that im|that i am|ive been) (crying|in tears|sobbing)",
      "(cant|cannot|couldnt|could not|can not) (get out of|get up from|get off|stand up from) (my|the|a) (chair|bed|sofa|settee|couch|seat|car) without (crying|crying out|screaming|shouting|yelling)",
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
      "(keeps|kept|keeping) me (up|awake) [at night|all night]",
      "(keep|keeps|kept) waking [up] [at night|in the night|in pain|with pain]",
      "(waking|wake|woke|woken) up (with|in) [back] pain",
      // Woken by the back itself: "I keep getting woken by my back", "my back wakes me most nights".
      "(woken|wakened|awoken|woke|waking|wakes|wake) [me] [up] by (my|the) [lower|low|bad|sore] (back|back pain|pain|sciatica|spine)",
      "(my|the) [lower|low] (back|back pain|pain|sciatica) (wakes|woke|wakened|is waking|has been waking|keeps waking|kept waking|keeps on waking|has woken) me [up]",
      // Opening the message without "my": "Back wakes me a bit when I roll over".
      "[lower|low] back (wakes|woke|keeps waking|kept waking) me",
      "(my|the) [lower|low] (back|back pain|pain|sciatica) (stops|is stopping|keeps stopping|stopped|has been stopping) me (sleeping|from sleeping|getting to sleep|from getting to sleep|sleeping through)",
      "(cant|cannot|couldnt|unable to|not able to) sleep [through] (because of|for|with|due to) my [lower|low] (back|back pain)",
      "pain (every|each|all) night",
      "(worse|hurts more|more painful|more pain|worst) (at night|in bed|when i lie down|when lying down|lying down at night)",
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
      "(lost|losing|dropped|dropping) (about|around|nearly|almost|over|more than) (a stone|half a stone|a few pounds|a few kilos|(1|2|3|4|5|6|7|8|9|10|12|14|15|20) (kg|kilos|kilograms|pounds|lbs|stone))",
      "unexplained weight loss",
      // The scales told: "the weighing scale says I'm 4 kilos down", "half a stone lighter".
      // (a pound or two is a week's ordinary change: three or more, or a stone)
      "(3|4|5|6|7|8|9|10|11|12|13|14|15|three|four|five|six|seven|eight|nine|ten) (kilo|kg|kgs|kilos|kilogram|kilograms|pound|pounds|lb|lbs) (down|lighter)",
      "(half a|a|one|two|1|2) (stone|stones|st) (down|lighter)",
      "(lost|losing|dropped|dropping) (half a stone|a few pounds|a few kilos|pounds|kilos|(1|2|3|4|5|6|7|8|9|10|12|14|15|20) (kg|kilos|kilograms|pounds|lbs|stone))",
      // Present or broken tense and singular units: "I lose 6 kilo in two month", "dropped 5 kilo", "lose 10 pound".
      "(lose|loose|loosing|lost|losing|dropped|drop|dropping|shed|shedding) [about|around|nearly|almost|over|like|maybe] (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|18|20|two|three|four|five|six|seven|eight|nine|ten|twelve) (kilo|kg|kgs|kilos|kilogram|kilograms|pound|pounds|lb|lbs|stone|stones|st) [in|over|since|without]",
      "(unintentional|unintended|sudden|rapid|recent) weight loss",
      "weight loss",
      "(clothes|trousers|jeans) (are|feel|have got|got) (loose|looser|baggy)",
      // Weight gone told by the clothes: "my clothes are basically falling off me", "jeans hanging off me",
      // "clothes have gone baggy", "a new hole in my belt".
      "(clothes|trousers|jeans|pants|shirts|tops|dresses|skirts|joggers|shorts|everything i wear) [are|is|keep|keeps|have been|been|started] [basically|literally|just|all|really] (falling|hanging|slipping|dropping) off me",
      "(clothes|trousers|jeans|pants|shirts|tops|dresses|skirts|joggers|shorts) (are|feel|have got|got|are getting|getting|have gone|gone|have become|became) [really|so|much|way|a lot|all] (loose|looser|baggy|baggier|too big)",
      "(extra|new|another) (hole|notch) (in|on) my belt",
      "without (trying|meaning) to lose weight",
    ],
  },
  {
    concept: "cancer-history",
    patterns: [
      "[breast|prostate|lung|kidney|bowel|thyroid|skin|ovarian|bone|pancreatic|colon|colorectal|cervical|womb] cancer",
      // The clinical short form after a site: "prostate ca", "breast ca treated in 2017", "ca prostate".
      "(breast|prostate|lung|kidney|renal|bowel|thyroid|ovarian|pancreatic|colon|colorectal|cervical|bladder|oesophageal|stomach) (ca|carcinoma|cancers)",
      "ca (breast|prostate|lung|bowel|colon|kidney|thyroid)",
      "(carcinoma|adenocarcinoma|chemo and radiotherapy|radiotherapy for)",
      // A cancer told by its treatment alone: "had a lumpectomy and radiotherapy in 2016", "chemo back in 2019".
      "(lumpectomy|mastectomy|double mastectomy|prostatectomy|chemotherapy|chemo|radiotherapy|radiation therapy|radiation treatment)",
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
      // "a high temp", "temp is up", "my temperature's been high", "running a temp".
      "[a] high temp",
      "(temp|temperature|temperatures|temps) (is|was|has been|been|keeps|kept|went|goes|going) [really|very|quite|a bit|right|way] (high|up|raised|spiking|through the roof)",
      "(raised|spiking|spiked|high) (temp|temperature|temps|temperatures)",
      "(running|got|had|have|having|getting) a (temp|fever)",
      "(running|got|had|have) a temperature",
      // A temperature told with its time or beside another sign of fever: "sweats and a temperature all day".
      "a [high|raised|slight] (temperature|temp) (all day|all night|since|for days|today|tonight|last night|this morning|on and off|again)",
      "(sweats|sweating|chills|shivers|shivering|shaking|the shakes) and a [high|raised] (temperature|temp|fever)",
      // Hot with fever: "I'm burning up and shaking" (not "burning up my leg": pain moving up it).
      "(im|i am|i was|ive been|i have been|been|feel|feeling|felt|was|keep|kept) [like] [im|i am] burning up",
      "burning up (and|with) (shaking|shivering|sweating|sweats|chills|the shakes|a fever|fever|a temperature)",
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
      // "I still use sometimes, needles", "we shared needles", "a needle user".
      "(use|using|used|share|sharing|shared) [sometimes|again|still] [,] (needles|syringes|dirty needles)",
      "(needle|needles) (user|users|drug|drugs)",
      "(inject|injecting|injected|shoot up|shooting up|shot up) (meth|speed|cocaine|coke|crack|steroids|drugs again)",
      // Drug use told as "using" and how: "I still use, injecting, couple times a week", "using again - IV".
      "(use|using|used) [still|again|sometimes] [,|-] (injecting|by injecting|intravenously|iv|with needles)",
      "(inject|injecting|injected) (gear|smack|opiates|opioids|fentanyl|ketamine|amphetamine|amphetamines|crystal|crystal meth)",
    ],
  },
  {
    concept: "fever-infection",
    detail: "immunosuppressed",
    patterns: [
      "(on|taking|having|started) (chemo|chemotherapy|immunosuppressants|immunosuppressant|biologics|methotrexate|immunotherapy)",
      // Chemotherapy under way, told by where the patient is in it: "halfway through chemo", "in the middle of my
      // chemo", "between chemo cycles", "round 3 of chemo", "undergoing chemotherapy". (A chemo told as over, "went
      // through chemo in 2015", is past by its time, as "having chemo" would be.)
      "(halfway|half way|midway|mid way|partway|part way|part of the way|most of the way) through [my|the|a|this] [course of] (chemo|chemotherapy)",
      "(in the middle of|middle of|mid|in the midst of|in the thick of) [my|the|a] [course of] (chemo|chemotherapy)",
      "(undergoing|receiving|doing|getting|currently having|currently on|currently doing|still having|still on|still doing|still getting|going through|in) [my|the] (chemo|chemotherapy) [at the moment|right now|currently|now]",
      "(between|during) [my|the] (chemo|chemotherapy) (cycles|rounds|sessions|infusions|treatments|cycle|round|session|infusion)",
      "(cycle|round|session|dose|infusion) (1|2|3|4|5|6|7|8|9|10|11|12|one|two|three|four|five|six|seven|eight|nine|ten) of [my|the] (chemo|chemotherapy)",
      "(next|latest|current|this) (chemo|chemotherapy) (cycle|round|session|infusion|dose|treatment)",
      "(immunosuppressed|immunocompromised|immunosuppression|immune suppressed)",
      // A biologic or other immune-lowering drug told by its name ("I'm on infliximab for Crohn's", "my humira
      // injections") or its kind ("on a biologic", "anti-TNF"): the weak immune system is the drug's.
      "(on|taking|having|started|start|get|getting|have) [a|my|the] (biologic|biological|biologics|anti tnf|tnf blocker|tnf inhibitor|immune suppressant|immune suppressants|immunosuppressive)",
      "(infliximab|remicade|inflectra|remsima|adalimumab|humira|amgevita|imraldi|hyrimoz|etanercept|enbrel|benepali|certolizumab|cimzia|golimumab|simponi|rituximab|rituxan|mabthera|tocilizumab|actemra|roactemra|ustekinumab|stelara|vedolizumab|entyvio|secukinumab|cosentyx|ixekizumab|taltz|abatacept|orencia|ocrelizumab|ocrevus|natalizumab|tysabri|azathioprine|imuran|mercaptopurine|mycophenolate|cellcept|tacrolimus|ciclosporin|cyclosporine|sirolimus|leflunomide|tofacitinib|xeljanz|baricitinib|olumiant|upadacitinib|rinvoq|cyclophosphamide)",
      "(weak|weakened|low) immune system",
      "hiv",
      "(organ|kidney|liver) transplant",
    ],
  },
  {
    concept: "fever-infection",
    detail: "diabetes",
    patterns: ["(diabetes|diabetic|type 1 diabetes|type 2 diabetes)"],
  },
  {
    concept: "fever-infection",
    detail: "recent-infection",
    patterns: [
      "infected (toe|foot|cut|tooth|wound|leg|skin|finger|bite|graze|ulcer)",
      "(uti|urine infection|urinary tract infection|kidney infection|wound infection|skin infection|infected wound|blood infection|sepsis|bacteraemia|bacteremia|cellulitis|abscess)",
      "(wound|scar|incision) (is|looks|has gone|went) (red|infected|hot|swollen|angry)",
      "(wound|scar|incision) (is|has been) (oozing|weeping|leaking)",
      "(injection site|where they did the injection|where they put the needle) (is|looks|has gone|went) [all] (red|hot|swollen|infected|angry)",
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
      // A road crash in everyday words: "rear-ended at a roundabout", "the car is written off", "T-boned".
      "(rear ended|rearended|t boned|tboned|shunted from behind|hit from behind|head on collision|pile up|pileup)",
      "(went|drove|ran|crashed|smashed|ploughed|plowed) into the back of (me|my car|us|our car)",
      "(car|van|vehicle) (is|was|got|has been|had been) (written off|a write off|totalled|totaled)",
      "(crashed|wrote off|totalled|totaled|rolled) (my|the|our) (car|van|motorbike|motorcycle)",
      "(came|come|thrown|flew) off (my|the) (motorbike|motorcycle|horse|scooter)",
    ],
  },
  {
    concept: "trauma",
    detail: "fall",
    patterns: [
      "(i|ive|i have) (fell|fallen|slipped|tripped)",
      "tripped (over|on|up|and fell|and landed)",
      "(stumbled|lost my footing|missed a step|missed the step|missed the bottom step|went flying)",
      // Told of someone else (whose the fall is, the status and the proxy frame decide): "she fell", "lost her footing".
      "(he|she|hes|shes|he has|she has|they|theyve) (fell|fallen|slipped|tripped)",
      "lost (her|his|their) footing",
      "(sat down|landed|came down|come down|went down) with a (bump|thump|thud|bang|crash)",
      // A step or kerb missed: "missed the last step getting off the bus", "misjudged the kerb".
      "(missed|misjudged|misstepped|mis stepped) (a|the|my|one) [last|bottom|top|final|first|second|little|small|low|high] (step|steps|stair|stairs|kerb|curb|footing)",
      "(missed|misjudged) my (step|footing)",
      "lost my balance (and|on|off|getting|coming|going|stepping)",
      "(i|ive) (fall|falled) (in|on|off|down|over|from|yesterday|today|last|at|when|while)",
      "(a|minor|small|little|bit of a|took a|had a|slight) tumble",
      // A fall told as a noun with its size: "slight fall getting out of the bath", "a small fall on the stairs".
      "(slight|small|little|minor|bit of a|silly|stupid) fall (getting|coming|going|stepping|climbing|on|off|in|at|down|from|yesterday|today|last|this|when|while)",
      "tumbled (over|down|off|onto)",
      "(had|have had) a fall",
      "fell (over|down|on|off|backwards|onto|hard)",
      // Out of bed or a chair: "rolled out of bed onto the carpet", "fell out of bed", "slid off the chair".
      "(fell|rolled|tumbled|toppled|slipped|came|slid) (out of|off) (bed|the bed|my bed|a chair|the chair|my chair|the sofa|the settee|my wheelchair|the bath)",
      // Off the edge of it, or down onto the floor: "slid off the edge of the bed", "ended up on the floor".
      "(fell|rolled|tumbled|toppled|slipped|slid|came) off the edge of (the|my|a|her|his) (bed|chair|sofa|settee|couch|toilet|bath|stool)",
      "(slid|slipped|rolled|fell|tumbled|toppled|ended up|landed) (onto|on to|down onto|down on|on) the floor",
      "slipped (on|and|over|in|off|down)",
      // Slipped or tripped doing something: "slipped getting out of the bath", "tripped stepping off the bus".
      "(slipped|tripped|stumbled|fell) (getting|coming|going|stepping|climbing) (out of|off|into|in|onto|down|up|out)",
      "(sat|landed) (down hard|hard|heavily|awkwardly|on my (back|bum|bottom|tailbone|coccyx))",
      // "sat down too hard on the commode", "landed really heavily".
      "(sat|landed|plonked|dropped) [down] (too|really|very|so|quite|rather) (hard|heavily|awkwardly)",
      "(injured|jarred|jolted|hurt) my back (falling|in a fall|when i fell|slipping)",
      // Other ways to tell a fall: "had a bit of a spill", "came a cropper", "hit the deck", "got knocked over".
      "(took|had|taken|have had|having) a [bit of a|bad|nasty|little|small|minor|slight] (spill|cropper|purler|header|nosedive)",
      "(came|come) a cropper",
      "(sat|landed|came down|come down|plonked|dropped) [down] (too|really|very|quite|so|pretty) (hard|heavily)",
      // Onto a seat harder than meant: "plonked down onto the sofa harder than I meant to", "dropped into the chair
      // too hard", "sat down on the bed heavier than I expected".
      "(sat|landed|plonked|plopped|dropped|flopped|slumped) [down] (onto|into|on) (the|my) (sofa|settee|couch|chair|armchair|bed|seat|toilet|loo) (too|really|very|so) (hard|heavily)",
      "(sat|landed|plonked|plopped|dropped|flopped|slumped) [down] [(onto|into|on) (the|my) (sofa|settee|couch|chair|armchair|bed|seat|toilet|loo)] (harder|heavier|more heavily) than (i|id) (meant|intended|expected|planned|wanted|should have)",
      "(hit|smacked|whacked) the (deck|floor|ground|pavement|concrete|ice|tiles)",
      "(got|was|been|get|getting|were) (knocked|pushed|bowled|shoved|barged) (over|down|flying)",
      "knocked me (over|down|flying|off my feet)",
      "(since|after|before) (the|my|that|this) (fall|tumble|spill)",
      // A seat missed: "missed the chair when I sat down", "misjudged the edge of the bed".
      "(missed|misjudged) (the|my|a) [edge of the] (chair|seat|bed|sofa|settee|toilet|loo|stool|bench|armchair)",
      "(fell|fall|falling|fallen|slipped|slid|rolled|tumbled|toppled) (off|out of|from) (the|a|my) (chair|seat|sofa|settee|stool|bench|toilet|armchair|step|stepladder|step ladder|kitchen steps)",
      "(feet|foot) (went|slid|slipped|shot|came) [out] (from under|from underneath|from beneath) me",
    ],
  },
  {
    concept: "osteoporosis-steroids",
    detail: "osteoporosis",
    patterns: [
      "(osteoporosis|osteopenia|brittle bones|thin bones|low bone density|weak bones)",
      // Told as what the patient is ("osteoporotic", "I'm osteopenic") or by the medicine for it ("on denosumab",
      // "I take alendronic acid every Sunday", "the Prolia jab"): the same fracture risk (triage-rules.md).
      "(osteoporotic|osteopenic)",
      "(denosumab|prolia|alendronate|alendronic acid|fosamax|risedronate|actonel|ibandronate|ibandronic acid|bonviva|zoledronic acid|zoledronate|aclasta|teriparatide|forsteo|romosozumab|evenity|bisphosphonate|bisphosphonates)",
    ],
  },
  {
    concept: "osteoporosis-steroids",
    detail: "steroids",
    patterns: [
      "(long term|long-term|daily|regular|years of|lots of) (steroids|steroid tablets|prednisolone|prednisone|corticosteroids)",
      "(on|taking|take|been on|been taking) (steroids|steroid tablets|prednisolone|prednisone|corticosteroids)",
      "(steroid tablets|prednisolone|prednisone|corticosteroids)",
      // The everyday short form: "on pred for polymyalgia", "been taking pred for years", "my pred dose".
      "(on|taking|take|been on|been taking|started|start|started on|still on|daily|my) (pred|preds) [for|since|tablets|dose|every|daily]",
      "(pred|preds) (for|since) (years|months|my|polymyalgia|pmr|asthma|copd|arthritis|colitis|crohns|lupus)",
      // Told without "on": "steroids for my rheumatoid for 10 years", "steroid tablets since 2015", "steroids for
      // years". (Not "steroids for my back": a course or an injection for the pain itself.)
      "(steroids|steroid|oral steroids) (for|since) (years|ages|decades|months|a long time|donkeys|over a year|the last|the past|most of my life|my (rheumatoid|rheumatoid arthritis|ra|arthritis|asthma|copd|colitis|crohns|lupus|polymyalgia|pmr|lungs|chest|bowel|kidneys|ms|psoriasis|eczema|sarcoid|sarcoidosis|vasculitis|myositis|transplant))",
      "(steroids|steroid|oral steroids) for (polymyalgia|pmr|asthma|copd|rheumatoid|rheumatoid arthritis|ra|colitis|crohns|lupus|sarcoid|sarcoidosis|vasculitis|myositis|my transplant)",
      "(steroids|steroid|oral steroids) for (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|25|30|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty) (years|yrs|year|yr|months)",
      "(steroids|steroid) for (over|more than|about|around|nearly|almost) (a year|2|3|4|5|6|8|10|15|20|a few|several|many)",
      "(long term|long-term|daily|regular|years of) steroid [user|use|treatment|tablets|pills|medication]",
      "steroid (user|dependent)",
      // Told as who the patient is: "long term pred user", "chronic steroid user", "a prednisolone taker".
      "(long term|longterm|chronic|daily|regular|lifelong|permanent) (pred|preds|prednisolone|prednisone|steroid|steroids) (user|use|taker|patient|dependent)",
      "(pred|preds|prednisolone|prednisone|steroids) (user|taker|dependent)",
      // Other steroid tablets by name.
      "(dexamethasone|methylprednisolone|hydrocortisone tablets|deflazacort)",
    ],
  },
];
