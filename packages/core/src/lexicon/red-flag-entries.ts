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
      // Not been to the toilet for hours, nor felt the need: "hadn't been to the loo since breakfast", "I didn't feel
      // like I needed to pee all day".
      "(havent|have not|hadnt|had not) been to the (loo|toilet|bathroom|lavatory) (since|for|all)",
      "(didnt|did not|dont|do not|havent|hadnt|never) [even|really] feel (like|that) i (needed|need|had) to (pee|wee|urinate|go to the loo|go to the toilet|go to the bathroom|use the loo|use the toilet|use the bathroom)",
      // Not needing to go for a long time: "I haven't needed to pee since last night", "no urge to wee all day".
      "(havent|have not|hasnt|hadnt) (needed|wanted|felt the need) (to pee|to wee|to urinate|a wee|a pee|to go) (since|for|all)",
      "(havent|have not|hasnt|hadnt) (needed|wanted|felt the need) (to pee|to wee|to urinate|a wee|a pee|to go) in (hours|ages|a day|a whole day|over|about|almost|nearly|like|more than|6|8|10|12|14|16|18|20|24|ten|twelve)",
      "(no|zero|not any|not one) (urge|need) (to pee|to wee|to urinate|to go|for a wee|for a pee) (since|for|all)",
      // A full bladder that will not empty: "my bladder feels full but I can't go", "tummy full and can't wee".
      "(bladder|tummy|belly|lower tummy|lower belly|abdomen) [feels|is|feeling|was|felt] [really|so|very|painfully|completely] full (but|and|yet) [i] [still|just|really] (cant|cannot|couldnt|can not|unable to) (go|pee|wee|urinate|get anything out)",
      "[urinary] retention [of urine]",
      "no urge to (pee|wee|urinate|go)",
      "(dont|cant|do not|cannot) [seem to|really|always|even] (know|tell|feel|notice|realise|realize) when my bladder is (full|empty)",
      "(dont|do not|cant|cannot|no longer) [seem to|really|always|even|genuinely] (know|tell|feel|notice) (if|whether|when) my (bladder|bladders) [is|s] (full|empty)",
      "(not|never) (fully|properly) emptying [my|her|his|their] bladder",
      "(feel|feels|feeling) like i (havent|have not|cant) (emptied|empty) [my bladder]",
      "(nothing|hardly anything|only a trickle) [really|much] (comes|came|will come|would come) out",
      // "the water is not coming out, only few drops", "my pee won't come out".
      "(the water|the pee|the wee|urine|the urine|my pee|my wee|my urine) (is not|isnt|not|wont|will not|doesnt|does not|is no) (coming out|come out|coming|flowing|flow)",
      "only (a few|few|some|a couple of) drops (come|coming|came|come out|comes out|of pee|of wee|of urine)",
      "(stand|standing|sit|sitting) there (for ages|ages|forever|a long time|for a long time|for a while|a while) (and|but) nothing (comes|happens|comes out|came|happened)",
      // Slow to start, in older and plainer words: "it takes an age to get my water going", "I stand there a good minute
      // before anything happens".
      "(takes|took|taking|take) (ages|forever|for ever|so long|a long time|a while|an age|a good minute|minutes|a minute|a good while) to get (my|the) (water|flow|stream|wee|pee|urine|waterworks) (going|started|flowing|moving|to come|to start|to flow)",
      "(cant|cannot|couldnt|could not|struggle to|struggling to|hard to|trouble|difficult to) get (my|the) (water|flow|stream|wee|pee|urine|waterworks) (going|started|flowing|moving|to come|to start|to flow)",
      "(stand|standing|stood|sit|sitting|sat|wait|waiting|waited) there [for] (a good minute|a minute|minutes|a few minutes|a good few minutes|a full minute|a whole minute|an age|ages|a good while|forever|what feels like ages|what feels like forever) (before|till|until|for) (anything|it|something|much|the water|the flow|the wee|the pee) [even] (happens|comes|starts|flows|comes out|happened|came|started|to happen|to come|to start)",
      // "there's basically nothing coming out", "hardly anything coming out".
      "(theres|there is|there was|theres just|there is just) [basically|hardly|almost|practically|pretty much|just] (nothing|hardly anything|barely anything|next to nothing|only a trickle|only a dribble) (coming|that comes) out",
      // A bladder that does not empty: "never empties properly", "doesn't feel empty", "can't fully empty it".
      "bladder (never|doesnt|does not|dont|wont|will not|isnt|is not|not|never fully|never really) [feel|feels|seem to|seems to] [fully|properly|completely] (empty|empties|emptying|emptied)",
      "(cant|cannot|never|not|unable to|can never) (fully|properly|completely) empty [my|her|his|their] bladder",
      // Needing to go again straight after going: a bladder that did not empty.
      "(need|needing|needed|have|having|want|wanting) to (go|pee|wee) again (straight away|right away|straight after|right after|immediately|soon after|minutes later|a few minutes later|(2|two|5|five|10|ten|few) (mins|minutes) later)",
      "(mins|minutes) later [i] (need|needing|have|want|wanting) to (go|pee|wee) again",
      "(wont|will not|wouldnt|doesnt|didnt) come out",
      // Bursting to go and failing at it: "Bursting but can't go", "busting for a wee and I can't", "desperate to go
      // but cannot". ("Bursting" and "busting" alone are the urge in British speech; "desperate" needs its going.)
      "(bursting|busting) [for a wee|for a pee|for the loo|to go] (but|and) [i] [still|just] (cant|cannot|couldnt|unable to)",
      "desperate (to go|to pee|for a wee|for the loo) (but|and) [i] [still|just] (cant|cannot|couldnt)",
      // Not feeling emptied, hedged: "I don't think I've been emptying properly", "don't think I empty fully".
      "(dont|do not) think (ive|im|i) [been] [fully|properly] (emptying|emptied|empty) [my bladder] (properly|fully|completely)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "urinary-hesitancy",
    patterns: [
      "(trouble|difficulty|struggling|struggle|problems|problem|hard|hesitancy) (starting|to start|getting|to get) [my|her|his|their] (pee|wee|urine|stream|peeing|weeing|urinating) [started|going]",
      "(trouble|difficulty|problems|struggling|struggle) (peeing|weeing|urinating|passing urine|passing water|to pee|to wee|with my bladder)",
      "(hard|harder|difficult) to (pee|wee|urinate|pass urine|go to the toilet)",
      "(push|strain|straining|pushing) [really|very|so] [hard] to (pee|wee|urinate|start peeing|get my pee started|get the pee out|get it started|go)",
      "(weak|slow|stop start|stop and start|stop starting|stop starty|dribbly) (stream|flow|wee|pee)",
      "(stream|flow) (is|was|has been) (weak|slow|stop start)",
      "difficulty (passing urine|urinating)",
      "(sit|sitting|wait|waiting|stand|standing) [there] (for ages|ages|forever|a long time|for a long time|a while|for a while) (before|until|till) (anything|it|something|the pee|the wee|any wee) (happens|comes|starts|comes out)",
      // ("takes ages to get going" names no bladder: said of stiff mornings too; with the toilet, the flow or
      // peeing beside it, `red-flag-signs.ts` pairs it as a sign. "To start" stays: a denial list run on before it
      // reaches the pair, not the wording.)
      "(takes|take|taking|took) (ages|a long time|forever|so long) to (pee|wee|start peeing|start)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "urinary-frequency",
    patterns: [
      "(keep|keeps|kept|constantly|always) (needing|having|wanting|rushing|running) to (pee|wee|urinate|pass water)",
      "(peeing|weeing|going for a wee|going for a pee|needing to pee|needing a wee|needing a pee) every (few|couple of|5|five|10|ten|twenty|20) (minutes|mins)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "urinary-incontinence",
    patterns: [
      "(wet|wetting|wee|weed|peed|pee|peeing|weeing|pissed) (myself|himself|herself|themselves|themself|my pants|my knickers|my trousers|my underwear|my undies|my boxers|my jeans|my shorts)",
      "(wet|wetting) the bed",
      // Waking in a wet bed: "woke up wet this morning", "woke up to wet sheets" (not "woke up drenched", which is
      // sweat; "wet with sweat" is set aside in `extract.ts`).
      "(woke|woken|wake|waking|wakes) up (wet|in a wet bed|to a wet bed|to wet sheets|with wet sheets|and the bed was wet|and i had wet the bed|and id wet the bed)",
      "(leaking|leak|leaked|leaks|dribbling|dribble|dribbled) (urine|pee|wee)",
      // "dribbling into my pants after I've been".
      "(dribbling|dribble|dribbled|dribbles|leaking|leaked|leaks) (into|in) my (pants|knickers|underwear|undies|boxers|trousers)",
      // Caught short again and again: "keep getting caught short", "been caught short twice this week".
      "(keep|keeps|kept|keep getting|been getting|getting|been) caught short",
      "(urinary|bladder) (incontinence|leakage|leaking|accidents)",
      "incontinence",
      "incontinent",
      "(lost|losing|loss of) [control of] [my|her|his|their] bladder [control]",
      "no bladder control",
      "(lost|losing|loss of|no) control of (my|her|his|their) (bladder|bowels|bowel)",
      "(needing|started wearing|wearing|need|needed) (pads|a pad)",
      "(cant|cannot|couldnt|unable to|not being able to|not able to) (hold|control) [my|in|her|his|their] (pee|wee|bladder|urine|water)",
      // The flow not held: "it just goes before I'm ready and I can't stop it midway".
      "(cant|cannot|couldnt|unable to|not able to) stop (it|the flow|the stream|peeing|weeing|the pee|the wee) (midway|mid way|midstream|mid stream|halfway|half way|once it starts)",
      "(it|pee|wee|urine) [just] (goes|comes|starts|comes out) before (im|i am|i was|i get) (ready|there|to the toilet|to the loo)",
      "(didnt|did not|couldnt|could not) make it to the (toilet|loo|bathroom|lavatory|lav|wc|restroom|washroom)",
      // "haven't made it to the loo in time twice", "didn't get to the toilet in time".
      "(havent|hadnt|hasnt|have not|had not|has not|never|nearly didnt|almost didnt) [always|quite] made it to the (toilet|loo|bathroom|lavatory|lav|wc|restroom|washroom)",
      "(didnt|did not|couldnt|could not|havent|hadnt|hasnt|never) [quite] (get|got|reach|reached) to the (toilet|loo|bathroom|lavatory|lav|wc|restroom|washroom) in time",
      "accident (on the way to|before i got to|in) the (toilet|loo|bathroom|lavatory|lav|wc|restroom|washroom)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "bladder-sensation",
    patterns: [
      "(cant|cannot|can not|couldnt) feel (the|my) (pee|wee|urine) [coming out]",
      "(cant|cannot|couldnt) feel (when|if) (i pee|i wee|im peeing|i need to pee|i need to wee|i need to go|my bladder is full)",
      "(reduced|less|no|lost|lost the|loss of) (feeling|sensation) when (i pee|i wee|passing urine|peeing|urinating|weeing)",
      "(not be able to|not able to|not being able to|unable to|cant|cannot|couldnt|can barely|can hardly) [really] feel (when|that|if|myself) [im|i am|i was|i m] (peeing|weeing|urinating|passing urine|going to the toilet)",
      "(not be able to|not able to|not being able to|unable to|cant|cannot|couldnt) [really] feel (my|the) (pee|wee|urine|stream)",
      "(dont|do not|didnt) (know|notice|realise|realize|feel) when i need to (pee|wee|go)",
      // A bladder not felt filling: "my bladder never feels full any more", "I can't feel my bladder filling".
      "bladder (never|doesnt|does not|dont|no longer|wont|isnt|is not|not) [seem to|really|ever|even] (feel|feels|feeling|get|gets) full",
      "(not|no longer|never|dont|didnt|cant) (get|getting|have|having|feel|feeling|notice) (the|that|any|my) [normal|usual] (full bladder|bladder) (feeling|sensation|urge)",
      "(cant|cannot|dont|never) [really] (feel|notice|tell) (my|the) bladder (fill|filling|getting full|is full|full)",
      // Finding out only at the toilet how full it was: "I had no idea my bladder was that full", "didn't realise
      // I needed to go until I got there", "never know I need a wee till I'm on the loo".
      "(no idea|had no idea|didnt know|did not know|didnt realise|didnt realize|didnt notice|never knew|never realised|never realized|dont know|dont realise|dont realize|never know|never realise|never realize) [that|how] [my] bladder (was|is|had got|has got|got|gets|had been) [that|so|this|how|really] full",
      "(no idea|had no idea|didnt know|did not know|didnt realise|didnt realize|never knew|never realised|never realized|dont know|dont realise|dont realize|never know|never realise|never realize) [that] i (needed|need|had|have|was needing) (to go|to pee|to wee|a wee|a pee|to urinate) (until|till|til|before)",
      // The signal itself gone: "I don't get that 'I need to go' feeling anymore", "not getting the urge feeling".
      "(dont|do not|didnt|did not|no longer|never|not|cant|cannot) [really|even|seem to|ever] (get|getting|feel|feeling|have|having|notice|noticing) (that|the|any|my) [usual|normal|old] (i need to go|i need to pee|i need to wee|i need a wee|i need a pee|need to go|need to pee|need to wee|urge to go|urge to pee|urge to wee|gotta go|got to go|bursting) (feeling|sensation|signal|urge)",
    ],
  },
  {
    concept: "bladder-bowel",
    detail: "bowel-incontinence",
    patterns: [
      "(pooed|pooped|soiled|messed|pood|dirtied) (myself|himself|herself|themselves|themself|my pants|my knickers|my trousers|my underwear|my undies|my boxers|my jeans)",
      "(pooed|pooped|pood) [in] my (pants|knickers|trousers|underwear|undies|boxers)",
      // Soiling found afterwards: "been finding marks in my boxers", "brown streaks in my pants" (not "marks on my
      // skin from the elastic": the marks must be in the garment).
      "(marks|streaks|brown marks|brown streaks|skid marks|skidmarks|traces of poo|bits of poo|poo marks|poo stains) in my (pants|knickers|underwear|undies|boxers|briefs)",
      "(bowel|faecal|fecal) (incontinence|leakage|accident|accidents)",
      "(cant|cannot|couldnt|unable to|not being able to|not able to) (hold|control) [in] [my|her|his|their] (bowels|poo|stool|stools|it in)",
      "(leaking|leak|leaks) from [my|her|his|their] (back passage|bottom|bum)",
      "(lost|losing|loss of) [control of] [my|her|his|their] bowel[s] [control]",
      "passing wind without (knowing|noticing|realising|realizing)",
      // Wind that brought stool with it, in slang: "had a shart", "sharted at work", "farted and followed through",
      // "thought it was just wind but it wasn't", "a wet fart" (not "followed through with my exercises").
      "(shart|sharts|sharted|sharting|shat myself|shit myself|shat my pants|shit my pants|crapped myself|crapped my pants)",
      "(fart|farted|farting|farts|wind|trump|trumped|trumping|guff|guffed|parp|parped|let one go|let one off|let one rip) (and|but|then|and then) [i|it] [kind of|sort of|kinda|actually|accidentally|just|had|literally] (followed through|follow through|following through|a follow through)",
      "(followed through|follow through|following through) (when|while|as|after|on) (i|im) [tried to|went to] (fart|farted|farting|passed wind|passing wind|pass wind|trumped|let one go|let one off)",
      "(had|have|having|did) a (follow through|follow thru)",
      "thought (it was|it would be|i was) [just|only|going to] (wind|a fart|farting|fart|passing wind|pass wind) (but|and) (it wasnt|it was not|it wasnt just|wasnt|it was more|it was more than that|it was not just)",
      "(wet|damp|sloppy) (fart|farts|trump|trumps)",
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
      // "my bladder has been weird since the session", "waterworks not right": a change told without its kind.
      "(bladder|bladders|waterworks|peeing|weeing|bowels|bowel) (has been|have been|is|are|was|were|been|seems|seem|has felt|feels|feel) [really|a bit|a little|quite|so|all|kind of|sort of|very|just] (weird|strange|odd|funny|off|not right|wrong|all wrong|not normal|abnormal)",
      "(bladder|waterworks|bowels) (not right|all wrong|not working properly|not behaving)",
      // Not working as it should, however the "not" is told: "my bladder isn't working right", "bladder's not
      // functioning properly", "waterworks haven't been working normally" (Scots "no workin right" reads as "not").
      "(bladder|bladders|waterworks|bowels|bowel) (isnt|is not|not|arent|are not|hasnt been|has not been|havent been|have not been|wasnt|was not|aint) [really|quite] (working|behaving|functioning|emptying) (right|properly|normally|correctly|as it should|like it should|like normal)",
      // Stopped working: "my bladder has stopped working properly", "the waterworks have packed up".
      "(bladder|bladders|waterworks|bowels) [has|have|just] (stopped|packed up|given up|gave up) [working|functioning|emptying] [properly|right|normally]",
      // "the waterworks are playing up since friday", "my bladder seems to have a mind of its own".
      "(bladder|waterworks|bowels) [are|is|have been|has been|been|keep|keeps] (playing up|acting up|misbehaving|acting weird|being weird)",
      "(bladder|waterworks|bowels) (seems to have|has|have|has got|seem to have) a mind of (its|their) own",
      "(bladder|bowel) (problems|dysfunction|disturbance|changes|trouble|issues)",
      "(bladder|bowel) or (bladder|bowel) (problems|changes|control|dysfunction|trouble)",
      "loss of (bladder|bowel) or (bladder|bowel) control",
      "(urinary|faecal) and (urinary|faecal) incontinence",
      // Either kind: "an accident in my pants", "a little accident in my knickers".
      "accident[s] in my (pants|knickers|trousers|underwear|undies|boxers|jeans)",
    ],
  },
  {
    concept: "saddle-anesthesia",
    detail: "wiping",
    patterns: [
      "(cant|cannot|couldnt|can barely|cant really|cannot really|could not) feel [the] (toilet|loo) (paper|roll|tissue)",
      "(cant|cannot|couldnt) [really] feel [it|anything] when i wipe",
      "(cant|cannot|couldnt|not been able to|havent been able to|unable to|struggling to|can barely|can hardly) [really] feel (myself|anything|it) (wiping|when i wipe|when wiping|after the toilet|on the toilet)",
      "(cant|cannot|couldnt) feel (myself|anything|it) wip(e|ing)",
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
      // Numb in other languages' idiom: "the genitals are sleeping", "my groin is like asleep".
      "(genitals|genital area|groin|crotch|privates|private parts|bum|bottom|buttocks|perineum|inner thighs|back passage|vagina|penis|scrotum) (is|are|feels|feel|was|were|seems) [like|as if] (sleeping|asleep)",
      "numbness around the (back passage|anus|genitals)",
      // The genitals in lay words gone numb: "my todger feels numb", "my private place is sleeping", "lady bits have
      // gone dead".
      "(todger|willy|dick|cock|knob|penis|man part|manhood|privates|private parts|private place|private area|lady bits|lady parts|front bottom|fanny|vagina|vulva|balls|testicles|scrotum|nether regions|undercarriage) (is|are|feels|feel|felt|has gone|have gone|went|is going) (numb|dead|tingly|asleep|sleeping|like sleeping)",
      "(todger|willy|dick|cock|knob|penis|man part|manhood|privates|private parts|private place|private area|lady bits|lady parts|front bottom|fanny|vagina|vulva|balls|testicles|scrotum|nether regions|undercarriage) (is|are|feels|feel|felt) (a bit|kind of|really|totally|completely) (numb|dead|tingly|asleep)",
      "(no|lost|losing|reduced|less|hardly any|zero) (feeling|sensation) (in|on|around) (my|the) (todger|willy|dick|penis|man part|privates|private parts|private place|lady bits|vagina|vulva|balls|testicles|scrotum|undercarriage)",
      "perianal numbness",
      // Not feeling what one sits on: "not feeling the seat", "like the saddle wasn't there".
      // (and as people new to English say it: "I not feel the seat under my bottom")
      "(not feeling|cant feel|cannot feel|couldnt feel|can not feel|could not feel|cant really feel|dont feel|didnt feel|do not feel|did not feel|not feel|no feel|can hardly feel|can barely feel|could hardly feel|could barely feel|no feeling of) (the|my) (toilet seat|seat|saddle|bike seat|chair) [under me|beneath me|underneath me|when i sit|when im sitting|under my bottom|under my bum]",
      "(like|as if|as though|feels like|felt like) (the|my) (toilet seat|seat|saddle|bike seat|chair) (wasnt|isnt|was not|is not|werent|wasn't) (there|under me)",
      // Not feeling what one sits on, told of oneself: "felt like I wasn't sitting on anything", "like sitting on thin air".
      "(like|as if|as though) (i|id|im) (wasnt|was not|werent|were not|am not|isnt|hadnt been|had not been|not) (sitting|sat) on (anything|a thing|the (toilet|loo|seat|chair|toilet seat|loo seat))",
      "(like|as if|as though) (i was|i were|im|i am|id been) [just] (sitting|sat) on (nothing|thin air)",
      "(like|as if|as though) (there was|there were|there is|theres) nothing (under|beneath|underneath) (me|my bum|my bottom|my backside)",
      "(cant|cannot|couldnt|could not|can hardly|can barely|could hardly|could barely) feel (the (toilet|loo)|what im sitting on|what i was sitting on|what im sat on|anything under me|anything beneath me|the (seat|chair|toilet|loo) under me)",
    ],
  },
  {
    concept: "sexual-dysfunction",
    patterns: [
      "(cant|cannot|couldnt|unable to|struggling to|trouble to) (get|keep|maintain) (an erection|it up|hard)",
      // Not managed for a while: "haven't been able to get an erection since", "not managed to keep one".
      "(havent|hasnt|hadnt|have not|has not|had not|not|never) (been able to|managed to|able to) (get|keep|maintain|sustain|have) (an erection|erections|it up|hard|a hard on)",
      "(no|not had an|not had any|havent had an|havent had any|hasnt been an|lost my) (erection|erections|morning erections|morning wood|morning glory) (since|for|anymore|any more|at all)",
      "erectile (dysfunction|problems|difficulties|difficulty)",
      "(cant|cannot|couldnt|unable to) ejaculate",
      "(numb|no feeling|cant feel anything|couldnt feel anything) during sex",
      "orgasm (feels|felt|is) (different|strange|numb|absent|gone)",
      "(cant|cannot|couldnt) (orgasm|climax)",
      "(loss|lost|loss of) (sexual function|genital sensation|feeling during sex)",
      "(no|lost|loss of|reduced) (sensation|feeling) in my (penis|vagina|genitals|privates)",
      "new (erection|sexual) problems",
      // Weaker than before: "my erections aren't as strong since the back went", "not as hard as they were".
      "(erection|erections|orgasm|orgasms|ejaculation|ejaculations) (arent|isnt|are not|is not|not|havent been|hasnt been|not been|wasnt|werent|dont feel|doesnt feel) [nearly|anywhere near|quite] (as|so) (strong|hard|firm|good|intense)",
      "(weaker|softer|less firm|less hard|weak|soft) (erection|erections)",
      "sexual dysfunction",
      // In lay words: "my man part is not standing up from this week", "my willy won't get hard".
      "(man part|manhood|penis|willy|todger|dick|cock|member|little man) (is not|isnt|not|wont|will not|doesnt|does not|has stopped|stopped) (standing up|stand up|getting up|get up|rising|rise|getting hard|get hard|working|work)",
      // Idioms: "no lead in the pencil", "can't rise to the occasion", "unable to perform in the marital sense".
      "(no|not much|not any|not enough|lost the) lead in (the|my) pencil",
      "(cant|cannot|couldnt|could not|unable to|not able to|struggling to|trouble) (rise to the occasion|get it up|get it hard|stay hard|get hard|keep it up)",
      // "I've had trouble staying hard since Tuesday", "problems keeping an erection", "it won't stay hard".
      "(trouble|difficulty|difficulties|problems|problem|issues|struggling|struggle|struggled) [with] (staying|keeping|getting|maintaining) (hard|erect|an erection|erections|it hard|it up)",
      // "trouble, you know, getting and keeping an erection".
      "(getting|keeping|maintaining) and (keeping|getting|maintaining) (an erection|erections|it up|it hard)",
      // "it's been hard to keep it up this week", "harder to get it up lately".
      "(hard|harder|tough|tougher|difficult|a struggle|a battle) to (get|keep) it up",
      "(wont|doesnt|does not|will not|didnt|did not|cant|cannot|struggled to|struggle to|struggling to|trouble to) (stay|keep|get) (hard|erect)",
      "(cant|cannot|couldnt|could not|unable to|not able to|struggling to|trouble) (perform|performing) (in bed|in the bedroom|sexually|in the marital sense|in that department|in that way|with my (wife|husband|partner|girlfriend|boyfriend))",
      "(nothing|no action|no life|no movement) (down there|downstairs|down below) (in bed|during sex|anymore|any more|lately)",
      // Not reaching climax with a partner: "haven't been able to finish when I'm with my girlfriend", "can't get
      // there with my partner".
      "(cant|cannot|couldnt|could not|unable to|not able to|havent been able to|hasnt been able to|not been able to|havent managed to|not managed to|struggling to|struggle to|trouble) [seem to] (finish|climax|come|cum|orgasm|get there|reach climax|reach orgasm) [when|while|whilst] [im|i am|i was|were|we are|we were] (with|in bed with|intimate with|together with) (my|the) (partner|wife|husband|hubby|girlfriend|boyfriend|gf|bf|missus|mrs|other half|fiance|fiancee|spouse|lady)",
      // Sex named by a euphemism and not working: "nothing is working in the bedroom department", "things down there
      // won't work", "no action downstairs", "my little fella won't cooperate".
      "(nothing|nothing is|nothing has been|nothing was|nothing seems to be|nothing seems to|things arent|things are not|things wont|things dont|things havent been|it wont|it isnt|it doesnt|its not|everything has stopped|everything stopped) (working|work|happening|happen|cooperating|cooperate|playing ball|responding|respond|doing anything) (in|down) (the bedroom department|that department|the trouser department|down there|downstairs|down below|below|the bedroom)",
      "(things|everything|it|nothing|stuff) (down there|downstairs|down below|in the bedroom department|in that department|in the trouser department) (wont|will not|doesnt|does not|isnt|is not|arent|are not|not|has stopped|have stopped|stopped|is|has been|seems|seem) [to be|be] (work|working|cooperate|cooperating|respond|responding|playing ball|play ball|stand up|standing up|rise|rising|perk up|perking up|happening|happen|dead|not working)",
      "(no|zero|not any|not much|nothing) (action|life|movement|response|stirring|stirrings|activity) (downstairs|down there|down below|in the bedroom department|in the trouser department|in that department)",
      "(little fella|little fellow|old fella|old fellow|john thomas|little man|todger|willy|manhood|member|man part|man bits|downstairs department|tackle|equipment|plumbing down there) (wont|will not|isnt|is not|doesnt|does not|has stopped|stopped|not) (cooperate|cooperating|play ball|playing ball|work|working|wake up|waking up|respond|responding|rise|rising|stand to attention|perk up|get hard|come up)",
      "(cant|cannot|couldnt|could not|unable to|not able to|havent been able to|not been able to|struggling to) (get it up|get hard|get it going|rise to the occasion|get an erection|get a stiffy|get a boner|get a hard on)",
      "(dont|didnt|cant|couldnt|cannot) feel anything (inside|down there|down below) during sex",
      "(ejaculation|ejaculating|ejaculate|orgasm|orgasms|climax|climaxing) [has|have|had] [felt|feels|feel|is|was|has been|been|seems|seemed|felt really|feels really] (different|strange|weird|odd|numb|weak|weaker|changed|wrong|not the same|dry|painful)",
      "(reduced|less|weak|weaker|dry|numb|changed|different) (ejaculation|ejaculations|orgasm|orgasms|climax)",
      // Little or nothing at climax, told by when: "when I finish with my gf there's basically nothing coming out",
      // "after I come hardly anything comes out".
      "(when|after|once) i (finish|come|climax) [with my (gf|girlfriend|wife|partner|husband)] (theres|its) [basically|hardly|just] (nothing|hardly anything|next to nothing|not much|very little)",
      "(nothing|hardly anything|next to nothing|not much|very little) (comes|coming|came) out (when|after) (i finish|i come|i climax|sex)",
      "(problems|trouble|difficulty|difficulties|change|changes) (with|in) [my] (ejaculation|ejaculating|orgasm|orgasms|climaxing|erection|erections)",
    ],
  },
  {
    concept: "bilateral-neuro",
    patterns: [
      "(sciatica|pain|numbness|tingling|pins and needles|weakness|shooting pain|nerve pain|symptoms|burning) (in|down|into) both (legs|feet|thighs|calves|sides)",
      // Shocks in lay words: "zingers down both legs", "zaps going into both feet".
      "(zingers|zings|zinging|zaps|zapping|jolts|shocks|electric shocks|twangs|lightning|lightning bolts) [going|running|shooting|right|all the way] (in|down|into|to) both [my] (legs|feet|thighs|calves|sides)",
      "both (legs|feet|thighs|calves) (are|feel|went|have gone|keep going|go|get|keep getting|feel really|are really) (numb|tingly|weak|dead|heavy|wobbly)",
      "jelly legs",
      // Both knees giving way: "my knees keep buckling", "knees gave out".
      "[my|both|both my] knees [keep|kept|are|were|have|both|just|keep on|have been] (buckling|buckled|buckle|giving way|gave way|give way|given way|gave out|giving out|give out|given out|collapsing|collapsed|folding|folded)",
      "legs (feel|felt|are|went|going|go) (like jelly|to jelly)",
      "legs (wont|dont|will not|do not|wouldnt) do what i (tell|want) them",
      "legs (not|arent|are not|werent|wont|dont|will not|do not|wouldnt|didnt|did not|just wont|keep not) (doing|do) what (i|im|i am) (tell|want|ask|telling|asking|wanting) [them]",
      "legs (wont|dont|will not|wouldnt) (work|cooperate|hold me up) [properly]",
      "legs (keep|kept|are|were) giving way",
      "legs gave way",
      "(swapped|spread|moved|gone|spreading|moving) (to|into|down) (both legs|the other leg|my other leg)",
      // Where "it" (the pain told before) is now: "it was in my back and now its in both legs down to the ankles".
      "(now|now its|now it|its now|it now|now it is|it is now|now the pain is|the pain is now) (in|down|into|going down|right down|all the way down) both [my|of my] (legs|feet|calves|ankles|shins)",
      "(bilateral|two sided|double) (sciatica|leg pain|numbness|weakness|leg symptoms)",
      "(sciatica|numbness|tingling|weakness) in (one or both|both) legs",
    ],
  },
  {
    concept: "progressive-weakness",
    patterns: [
      "(leg|legs|foot|feet) (getting|is getting|are getting|gets|get|got) weaker",
      // Told with "'s been" ("my leg's been getting weaker", read as "legs been") or "keeps".
      "(leg|legs|foot|feet) (been|has been|have been|keeps|kept|keep) (getting|growing|going|gotten) weaker",
      "(getting|growing|became|becoming) weaker (and weaker|by the hour|every day|each day|since yesterday|every hour|by the day|since this morning|since lunch|since lunchtime|since i got up|since i woke up|through the day|as the day goes on|as the day has gone on)",
      "weaker and weaker",
      "(sudden|suddenly|rapid|rapidly|quickly|increasing|progressive|worsening) (weakness|weak|loss of strength)",
      "(rapidly|quickly) (worsening|increasing|progressing) weakness",
      "(weakness|foot drop|drop foot) (getting|is getting|gets|got) worse",
      "(can no longer|now cant|cant now|now i cant) (lift my foot|stand on my toes|stand on tiptoe|walk|stand)",
      "(rapid|sudden) loss of (leg strength|strength in my legs)",
    ],
  },
  {
    // Signs of pressure on the spinal cord (reference §3.3 row 8): clumsy hands, an unsteady or wide walk,
    // tingling in both hands and feet. Emergency unless long-standing and stable (then see a doctor).
    concept: "progressive-weakness",
    detail: "cord-compression",
    patterns: [
      "[my] (hands|fingers) (are|feel|have been|have gone|went|keep getting|getting|seem|feeling) [really|so|very] (clumsy|useless)",
      "clumsy (hands|fingers)",
      "(keep|kept|keeps|been|always|started|start) dropping (things|stuff|cups|my cup|my phone|my keys)",
      "(trouble|struggling|struggle|difficulty|problems) (with|doing) [up] [my] buttons",
      "(cant|cannot|can no longer) do [up] [my] buttons",
      "(unsteady|wobbly|off balance) (on my feet|when i walk|walking|when walking)",
      "[my] (walking|walk|gait) (is|has been|has gone|feels|got) (unsteady|wobbly|wide|clumsy|off)",
      "walking (like i am|like im|as if i am|as if im) drunk",
      "(walk|walking) with my (feet|legs) wide apart",
      "(tingling|numbness|numb|pins and needles) in (both|my) hands and [my] feet",
      "(hands and feet|hands and my feet) (are|feel|have gone|went) (numb|tingly|tingling)",
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
      "(tummy|stomach|belly|abdomen) (feels|feel|felt) like (its|it is|it was) (pulsing|pulsating|throbbing|beating)",
      "(tummy|stomach|belly|abdomen) (is|keeps|was) (pulsing|pulsating|beating)",
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
      "(tight|heavy|tightening|crushing) chest",
      "chest (has been|is|was|feels|felt|went|has gone|getting|keeps getting|is getting|is feeling|has been feeling|been feeling|feeling|gets|got) [really|very|a bit|so|quite|all|a little] (tight|heavy|tighter|heavier|crushing)",
    ],
  },
  {
    concept: "vascular",
    detail: "breathless",
    patterns: [
      "breathless[ness]",
      "(short|shortness) of breath",
      "(cant|cannot|can not|couldnt|could not|struggling to|struggled to|hard to|difficult to|unable to|not able to|wasnt able to|was not able to|can barely|can hardly|could barely|could hardly|cant seem to|couldnt seem to) (breathe|catch my breath|get my breath|get my breath back|get enough air)",
      "(gasping|struggling|fighting|fought|gasped|struggled) for (breath|air)",
      "(suddenly|sudden) out of breath",
      "(difficulty|trouble) breathing",
      "breathing (is|has been) (difficult|hard|laboured|labored)",
    ],
  },
  {
    concept: "vascular",
    detail: "coughing-blood",
    patterns: [
      "(coughing|coughed|cough|coughs) [up] blood",
      "(coughing|coughed|cough|coughs) up [a bit of|a little|some|a little bit of|bits of] (bloody|blood stained|bloodstained|blood streaked|blood flecked)",
      "(coughing|coughed|cough|coughs) up [a bit of|a little|some|a little bit of|bits of] (pink|pinkish|red|reddish|rusty|frothy pink|pink frothy) (stuff|phlegm|mucus|spit|sputum|froth|gunk|goo|slime)",
    ],
  },
  {
    concept: "vascular",
    detail: "calf-clot-signs",
    patterns: [
      "(swollen|red|hot|painful|throbbing|tender) (calf|calves)",
      "(calf|calves) (is|are|feels|feel|looks|went|has been|have been) [all] (swollen|red|hot|warm|tender|throbbing|tight|puffy)",
      "(calf|lower leg) (is|looks|feels|has been|seems|has got|got) [a bit|a little|much|way|slightly|noticeably] (bigger|larger|fatter|thicker|puffier) than (the other|the other one|my other|the left|the right|the left one|the right one)",
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
