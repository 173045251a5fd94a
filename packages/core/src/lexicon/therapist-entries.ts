import type { LexiconEntry } from "./lexicon-entry";

/** Contact-therapist concepts: sharp, shooting, burning and nerve symptoms; pain that persists or builds. */
export const THERAPIST_ENTRIES: readonly LexiconEntry[] = [
  {
    concept: "sharp-pain",
    patterns: [
      "sharp [pain|pains|twinge|twinges|stab]",
      "(stabbing|stab|stabs|knife like|like a knife|knifelike|piercing)",
      "sharp or stabbing pain",
      "(stabby|jabbing|jabby|knifing|stabbed)",
      "like (a|an) (dagger|blade|ice pick|skewer|spike|hot knife)",
      "(sticking|stuck|sticks|twisting|twisted|driving|plunging|shoving|poking|jabbing|stabbing) (a|the) knife",
      "(knife|dagger|blade) (in|into|through) (my|the) (back|side|spine|leg|buttock|hip|bum)",
      // "a quick knife-y jab", "a sudden jab in my lower back", "jabs of pain" (not "my flu jab").
      "(knifey|knify|knife y|knifelike)",
      "(sudden|sharp|nasty|painful|hot|fierce|horrible|awful|vicious|stabbing|knifey|knife y) (jab|jabs)",
      "(jab|jabs) of pain",
      "(jab|jabs) (in|into|through|at) (my|the) [lower|low|upper|mid|middle|left|right] (back|spine|side|buttock|hip|bum)",
      // A catch in the back: "something catches in my lower back when I straighten up", "a catching pain".
      "(catching|catchy|grabbing) (pain|pains|feeling|sensation|twinge|twinges)",
      "(catches|catching|caught|catch|grabs|grabbed|grabbing) (in|at) (my|the) [lower|low|upper|mid|middle|left|right] (back|spine)",
      "(a|sharp|painful|nasty|sudden|horrible|awful) catch (in|at) (my|the) [lower|low|upper|mid|middle|left|right] (back|spine)",
      "(my|the) [lower|low] (back|spine) (catches|catching|caught|keeps catching|kept catching|grabs|grabbed|keeps grabbing)",
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
      // Symptoms going further or lower than before: "my leg symptoms go further down instead of coming up".
      "(symptoms|pain|sciatica|tingling|numbness|it|its|they|ache) [now|seem to|seems to|keep|keeps] (go|goes|going|spread|spreads|spreading|travel|travels|travelling|reach|reaches|reaching|extend|extends|extending|move|moves|moving|creep|creeps|creeping|run|runs|running|get|gets|getting) (further|farther|lower) (down|into)",
      // Reaching a place now that it did not before: "used to end at mid thigh, now it's reaching my calf".
      "(now|now its|now it|its now|it now|now it is|now the pain|now the pain is) [has started|started] (reaching|reaches|getting to|gets to|going into|goes into|into) (my|the) [left|right] (calf|foot|toes|ankle|shin|heel|sole)",
      // Where it is now, told after where it was: "it was in my back and now its in my left leg down to the ankle".
      "(now|now its|its now|now it is|it is now|now the pain is|the pain is now) (in|down|right down|all the way down) (my|the) [left|right] (leg|calf|foot|toes|ankle|shin|heel)",
    ],
  },
  {
    concept: "shooting-radiating-pain",
    patterns: [
      "(sciatica|sciatic pain|sciatic nerve pain|siatica|sciatic)",
      "(shooting|shoots|shot|shoot) [pain|pains|down|into|from]",
      "(radiating|radiates|radiated|radiate|radiating pain|radicular pain|radicular)",
      "(pain|ache|aching|it|its) (goes|going|went|travels|travelling|runs|running|spreads|spreading|shoots|moves) (down|into|down to|down into|all the way down to|through to) (my|the) [left|right] (leg|buttock|thigh|calf|foot|bum|hip|knee|ankle|toes|shin|hamstring)",
      // "it's going down to behind my knee", "runs down to just below my right knee".
      "(pain|ache|it|its) (goes|going|went|runs|running|travels|spreads|spreading|moves) (down to|down) (behind|below|past|just below|just behind|the back of) my [left|right] (knee|calf|thigh|shin|ankle)",
      // "like a lightning bolt down my right hamstring", "a jolt into my calf": a shock down one leg.
      "(lightning|lightning bolt|bolt|bolts|jolt|jolts|zap|zaps|zing|zings|shock|shocks) (down|into|through|along|down the back of|down the side of) (my|one) [left|right] (leg|hamstring|thigh|calf|buttock|bum|shin|foot|knee|ankle)",
      "pain (into|down) (my|the|one) (leg|buttock|thigh|calf|foot)",
      // The whole leg to the ankle: "it's in my left leg down to the ankle".
      "(in|down) (my|the|one) [left|right] leg [right|all the way] down to (my|the) (ankle|foot|toes|heel|shin|calf)",
      // The leg itself aching or hurting all the way down: "my left leg has been aching right down to the foot".
      "(my|the|one) [left|right] leg (aches|aching|ache|hurts|hurting|throbs|throbbing|has been aching|has been hurting|is aching|is hurting|keeps aching) [right|all the way|way] down (to|into) (my|the) (ankle|foot|toes|heel|shin|calf|sole)",
      // Down one side of the leg to the foot: "an ache down the back of my leg to my heel".
      "(ache|aching|pain|hurting|throbbing) [right|all the way] down the (back|side|front|outside|inside) of (my|the|one) [left|right] leg [right|all the way] (to|into|down to) (my|the) (ankle|foot|toes|heel|sole)",
      "(it|pain|its) (goes|went|going|travels|spreads|spread|moves|moved) from my [lower] back (into|down|down into) (my|the) (leg|buttock|thigh|calf|foot|bum|hip)",
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
      "(electric|electricity|zaps|zapping|zinging|zings|jolts)",
      "nerve pain",
      "nervy pain",
      "like an electric shock",
      "(leg|thigh|calf|foot|shin|buttock|bum cheek) (feels|feel|felt|is|was) like (its|it is|it was|its been) (on fire|burning)",
      "(leg|thigh|calf|foot|shin) (is|was|feels|felt) on fire",
      "on fire (down|along|in) (my|the) (leg|thigh|calf|foot|shin)",
      "(hot|red hot|burning|live) (poker|wire|wires|knife|needle|needles|iron)",
    ],
  },
  {
    concept: "numbness-tingling",
    patterns: [
      "(numb|numbness|numbish|tingling|tingly|tingle|tingles|tingled|tinglin|needly)",
      "(pins and needles|pins and needly|pins n needles)",
      "(dead feeling|feels dead|gone dead|went dead|deadness)",
      "(prickling|prickly|buzzing|fizzing)",
      // Told as a verb or a noun: "my right foot buzzes", "the toes fizz", "a buzz in my foot".
      "(foot|feet|toe|toes|leg|legs|heel|sole|calf|shin|thigh) (buzzes|buzzed|buzz|fizzes|fizzed|fizz)",
      "(a|the|this|that|little|slight|weird|funny|strange|odd) (buzz|fizz) (in|down|through|on|along|under) (my|the)",
      "(fizzy|buzzy) (feeling|feelings|sensation)",
      // With a word of degree between: "my foot goes a bit fizzy", "toes went kind of buzzy".
      "(feels|feel|felt|feeling|gone|went|goes|go|going|gets|get|got|getting|turns|turned) [a bit|a little|a little bit|abit|bit|slightly|kind of|kinda|sort of|sorta|quite|really|very|all|a tad|a touch|a wee bit|wee bit] (fizzy|buzzy)",
      "(reduced|lost|loss of|altered|no|less) (sensation|feeling) (in|on) (my|the)",
      // Next to none, with how much or how real between: "no real feeling in my foot", "hardly any sensation in the".
      "(no|hardly any|barely any|scarcely any|very little|next to no|almost no|little to no|little or no) [real|proper|actual|normal|much] (sensation|feeling) (in|on) (my|the)",
      "(paraesthesia|paresthesia|paraesthesiae)",
      // A foot gone to sleep: "my foot fell asleep", "my leg keeps going to sleep".
      "(foot|feet|leg|legs|toe|toes|heel) [has|have|had|keeps|kept|keep] (fell|falls|fallen|went|goes|gone|going|go) (asleep|to sleep)",
      "(foot|feet|leg|legs|toe|toes|heel) (is|are|was|were) [half|a bit|kind of|sort of|all] asleep",
      // "my right foot felt asleep for a couple of minutes", "my toes feel like they're asleep".
      "(foot|feet|leg|legs|toe|toes|heel) (feels|felt|feel|feeling) [half|a bit|kind of|sort of|all|like it was|like its|like it is|like they were|like theyre|like they are|as if it was|as if its|as though it was|as though its] asleep",
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
      "(worse|sorer|more sore|more painful|more pain|hurts more|hurting more|aches more|aching more|stiffer|more achy|more stiff) after (every|each|each and every) [single] [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training|hydro|hydrotherapy] (session|visit|appointment|treatment|class|physio|time|one|workout)",
      // Told as people new to English tell it: "every time after physio more bad", "after every physio session more
      // pain", "always after therapy the pain more strong".
      "(every|each) time after (physio|pt|therapy|treatment|exercises|session|the physio|the session|the exercises) [the pain|it is|is|i feel|pain is] (more bad|more worse|worser|badder|more pain|more painful|more strong|worse)",
      "after (every|each) (physio|pt|therapy|treatment) [session] [the pain|it is|is|i feel|pain is] (more bad|more worse|worser|badder|more pain|more painful|more strong)",
      "always after (physio|pt|therapy|treatment|exercises|session|the physio|the session|the exercises) [the pain|it is|is|i feel|pain is] (more bad|more worse|worser|badder|more pain|more painful|more strong|stronger|worse|sorer)",
      // Each session sets it off: "every exercise session this week has flared my pain", "flares up after every class".
      "(every|each) [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training|single] (session|workout|class|visit|appointment) [this week|lately|recently|so far|this month] (has|have|seems to have|just|has just) (flared|aggravated|worsened|set off|irritated|triggered|stirred up)",
      "(every|each) [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training|single] (session|workout|class|visit|appointment) (flares|aggravates|worsens|sets off|irritates|triggers|stirs up)",
      "(flares|flared|flare|flaring|flares up|flared up|flare up|flaring up) (after|with|following) (every|each|each and every) [single] [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training] (session|workout|class|visit|appointment|time|one)",
      // Recovery taking longer each time: "it's taking longer to settle each time", "longer and longer to calm down".
      "(taking|takes|taken|take|took) [me|it|my back] [a bit|a little|even|much] longer to (settle|settle down|calm down|ease|ease off|recover|go away|die down|subside|get back to normal|go back down|come back down|come down) (each|every|with each|with every|after each|after every) (time|session|week|flare|one|workout|class)",
      // The session told first: "after each session it's taking me longer to get back to normal".
      "(after|following) (each|every) [physio|pt|exercise|therapy] (session|time|visit|class|workout|appointment|treatment|one) (its|it is|im|i am|it) (taking|takes) [me] longer to (settle|settle down|calm down|ease off|recover|get back to normal|get back to baseline|feel normal|bounce back)",
      // The soreness itself lasting longer each time: "every week it lasts longer", "it lingers longer after each
      // session", "hanging around longer and longer".
      "(last|lasts|lasting|lasted|linger|lingers|lingering|lingered|hang around|hangs around|hanging around|stick around|sticks around|sticking around|goes on|going on|drag on|drags on|dragging on|stays|staying) [even] longer [after|with] (each|every) (time|session|week|visit|class|workout)",
      "(each|every) (time|session|week|visit|class|workout) (it|the soreness|the pain|the ache|the stiffness) (lasts|lingers|hangs around|sticks around|goes on|drags on|stays) [even] longer",
      "(last|lasts|lasting|linger|lingers|lingering|hang around|hangs around|hanging around|stick around|sticks around|sticking around|drag on|drags on|dragging on) longer and longer",
      // A baseline that climbs: "my baseline goes up and stays up", "the background pain keeps creeping up".
      // (Not one rise told in the past, "my baseline went up after the flare", which may have settled since.)
      "(baseline|base line|background pain|resting pain|everyday pain) [pain|level|score] (goes|keeps going|is going|has been going|creeps|crept|has crept|keeps creeping|is creeping|has been creeping|ratchets|keeps ratcheting|has ratcheted|steps|keeps stepping|keeps moving) up",
      "(baseline|background pain|resting pain) [pain|level] (is|keeps|is getting|keeps getting|has been) (higher|rising|climbing|creeping up|going up)",
      "(end up|ending up|ended up|settle|settles|settling|settled|stay|stays|staying|left) (at|on|with) a (higher|new higher|worse) baseline",
      "(taking|takes|taken|take|took) [me|it|my back] longer and longer to (settle|settle down|calm down|ease|ease off|recover|go away|die down|subside|get back to normal|go back down|come back down|come down)",
      // Not recovering between sessions, so each one starts from worse: "my back hasn't properly settled between
      // visits", "never fully recovers between sessions".
      "(hasnt|hadnt|havent|not|never|doesnt|didnt|isnt) [properly|fully|really|completely|quite|had time to|got time to|had a chance to] (settled|settle|settles|recovered|recover|recovers|calmed down|calm down|calms down|gone back to normal|got back to normal|get back to normal|gets back to normal|returned to normal|returned to baseline|got back to baseline|get back to baseline) (between|in between) (sessions|visits|appointments|classes|treatments|the sessions|the visits|the appointments|them)",
      // Needing more pain relief each week: pain rising week on week.
      "[need|needing|needed|take|taking|took|using|used] (more and more|more|extra|stronger) (painkillers|pain killers|pain relief|tablets|meds|medication|ibuprofen|paracetamol|codeine|naproxen) (each|every) (week|session|day)",
      "(each|every) week i (need|take|have to take|am taking|use|needed|took|am needing|seem to need) (more|stronger) (painkillers|pain killers|pain relief|tablets|meds|medication|ibuprofen|paracetamol|codeine|naproxen)",
      "(upping|upped|increasing|increased|doubling|doubled) (my|the) (painkillers|pain killers|pain relief|tablets|meds|medication|dose) (each|every) week",
      "(every|each|each and every) [single] [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training|hydro|hydrotherapy] (session|visit|appointment|time|class|workout) (makes it|leaves me|seems to make it|is|makes me feel|leaves it|has left me|makes the pain|makes my back|makes things) [a bit|a little|even] (worse|sorer)",
      "(every|each) [single] (session|visit|appointment|treatment|week) i (feel|am|get|seem|feel even|seem to get) [a bit|a little|even|slightly] (worse|sorer|more sore)",
      "(worse|sorer) with (every|each|each and every) [single] [pt|physio|physiotherapy|rehab|gym|exercise|treatment|therapy|pilates|training|hydro|hydrotherapy] (session|visit|appointment|treatment|class|workout)",
      "(worse|sorer|more sore|more painful|higher) than the (one|session|time|visit|appointment|week) before",
      "(worse|sorer|more sore|more painful) [off] than the (last|previous) [one|session|visit|appointment]",
      "(every|each) [single] (session|visit|appointment|time) seems to (leave|make) me [feel] (worse|sorer)",
      "(worse|sorer) (every|each) (time|week) i go",
      "(getting|got|gets) worse (week on week|week by week|week after week|every week|each week|session after session)",
      "(rising|creeping up|going up|getting higher|climbing|increasing) (week on week|week by week|every week|each week)",
      // The weekly figure itself told as climbing: "my weekly average is going up", "weekly scores keep rising".
      "(weekly|week to week|week by week) (average|averages|score|pain|pain score|mean) (is|are|keeps|keep|has been|have been) (going up|rising|climbing|creeping up|increasing|getting higher)",
      "each time (i go|we do it) it (gets|is) worse",
      "(every|each) time i do (the|my|these|those) (exercises|stretches|exercise|session|sessions|physio) (its|it is|it gets|it feels|im|i am) (worse|sorer|more sore|more painful)",
      "(worse|sorer|more sore) [the next day] (every|each) time i do (the|my|these|those) (exercises|stretches|exercise)",
      "(higher|worse|more painful|sorer) than (the week before|last week|the previous week)",
      "(worse|sorer|more painful|more bad|more worse|worser|badder|more strong|more sore) than (the time before|the last time|last time|the previous time|after the last session|after the last one|the session before)",
      "(each|every) week (the pain|it) (is|gets|has been|seems) [a bit|a little|slightly] (higher|worse)",
      // The flare after each session growing: "the bad days are getting worse each time", "each flare is bigger".
      "(bad days|flares|flare ups|flare|sore days) [after each session|after physio|after sessions] [are|is] (getting|get|gets|keep getting|keeps getting) (worse|bigger|longer|sorer) (each|every) (time|session|week)",
      "(bad days|flares|flare ups|flare|sore days) [after each session|after physio|after sessions] (are|is|seem|seems) (worse|bigger|longer|sorer) (each|every) (time|session|week)",
      "(each|every) (flare|flare up|round|cycle) (is|gets|seems|has been) [a bit|a little|even|slightly] (worse|bigger|longer|sorer|stronger) than the (last|one before|previous)",
      // Leaving each session worse than one came: "every session this month I come out a bit worse than I went in",
      // "I always walk out sorer than I arrived".
      // Coming home from each visit worse: "every time I've been to the physio I've come home worse", "I come home
      // sorer every time", "came home worse and stayed worse" (not back to normal after it).
      "(every|each) (time|session|visit|appointment|class) [i|ive|i have|weve|we have] (come|came|go|went|gone|walk|walked|leave|left|get|got|gotten) (home|out|back) [feeling] [a bit|a little|slightly|even] (worse|sorer|more sore|stiffer)",
      "(come|came|coming|comes|go|went|gone|going|walk|walked|walking|leave|left|leaving|get|got|getting) (home|out|back) [feeling] [a bit|a little|slightly|even] (worse|sorer|more sore|stiffer) (each|every|after every|after each|from every|from each) (time|session|visit|appointment|class)",
      "(come|came|coming|comes|gone|went|go|got|get) home [feeling] (worse|sorer|more sore) and (stayed|stay|stays|staying|remained|remain|remains) (worse|sorer|that way|like that|there|bad)",
      "i [always] (come out|leave|walk out|go home) [a bit|a little|slightly|even] (worse|sorer|more sore|stiffer) than (i went in|i came in|i arrived|when i went in|when i arrived)",
    ],
  },
  {
    concept: "pain-not-settling",
    patterns: [
      "(doesnt|does not|didnt|did not|wont|will not|isnt|not|never|hasnt|has not|hadnt) (settle|ease|calm down|go away|die down|subside|settling|easing|go back down|come back down|come down|go down|settle down|ease off|drop|drop back) [even] (after|when|once) i (stop|stopped|rest|rested|finished)",
      "(doesnt|does not|didnt|did not|wont|hasnt|has not|hadnt) (settle|ease|calm down|go away|go down|come down|go back down|come back down) [even] (after|despite) (stopping|resting|finishing)",
      "(doesnt|didnt|hasnt|wont) (settle|ease|go down|come down|go back down|come back down) after (the|my) (exercise|exercises|set|sets|reps)",
      // Not settling although the exercise has stopped, in any tense: "it's not calming down even tho I stopped them",
      // "still hasn't eased since I finished", "isn't dying down despite stopping".
      "(not|isnt|hasnt|wont|doesnt|didnt|still not|still hasnt) (calming down|settling|easing|easing off|dying down|calmed down|settled|eased|eased off|died down|subsiding|subsided|letting up) (even though|even tho|although|though|despite|since|even after|after) (i|ive) (stopped|finished|rested)",
      "(not|isnt|hasnt|wont|doesnt|didnt|still not|still hasnt) (calming down|settling|easing|easing off|dying down|calmed down|settled|eased|eased off|died down|subsiding|subsided|letting up) (since|despite|even after) (stopping|resting|finishing)",
      "(keeps|kept|carries on|carried on) (hurting|going|aching) after i (stop|stopped)",
      "(not|wasnt|isnt|wasn't|hadnt|hasnt) [gone] back to (baseline|normal|my usual|usual|my normal|where it was|how it was|what it was) (by|by the|by the next|by next|the next|this|next|in the) morning",
      "(hasnt|didnt|did not|has not|hadnt|doesnt|wont) (settle|settled|settle down|settled down|calm down|calmed down|ease|eased|go down|gone down) (by|overnight|by the morning|the next morning|by morning|by the next day)",
      // Waking above the usual level: "I've woken up sorer than my baseline", "woke up worse than normal again".
      "(woke|woken|wake|waking|wakes|waken) up [feeling|again|each day|every day] (sorer|stiffer|worse|more sore|more painful|in more pain|higher) than (my baseline|baseline|the baseline|my usual|usual|my normal|normal|before the session|before)",
      // Never back to baseline: "the pain it stirred up never went back down", "well above where I normally wake up".
      "(never|hasnt|has not|havent|didnt|did not) (went|gone|go|come|came|settled|dropped) back down",
      // "never back to where I started", "it never gets back to my baseline now"
      "(never|not ever) [quite|fully|really|properly] (back|gets back|getting back|got back|goes back|going back|get back|went back) to (where i started|where i was|baseline|my baseline|my usual|my normal|where it was)",
      // Not coming back down or resetting now: "it doesn't drop back down anymore", "back's just not resetting overnight".
      "(doesnt|does not|dont|do not|wont|will not|isnt|is not|not) (drop|dropping|go|going|come|coming|settle|settling|get|getting) back down [anymore|any more|now|these days|overnight]",
      "(not|isnt|doesnt|does not|wont|hasnt|didnt|never) (resetting|reset|recovering|recover|recovered|settling|calming down|coming down|going down|dropping|easing) (overnight|over night|by morning|by the morning|by the next morning|by the next day|between sessions)",
      "instead of [being|going|getting|coming|dropping|settling] back [down] to (my usual|usual|baseline|my baseline|normal|my normal|where it was|my resting level)",
      "(well|still|way|a lot|much|quite a bit) (above|higher than|worse than) (where|what|how) i (normally|usually) (wake up|wake|start the day|am in the morning)",
      "sore (from|during|in) the warm up and (it|) (stayed|stays|kept going|persisted|lasted|carried on)",
      "(starts|started) (in|during) the warm up and (stays|stayed|persists|persisted|lasts|lasted|kept going)",
      // Still there when the session ends (not gone in the warm-up): "by the end of the session it's still there",
      // "it lasts the whole class".
      "(by|at) the end of the (session|class|workout) (its|it is|it was|the pain is|the pain was) still (there|going|hurting|sore)",
      "still (there|hurting|sore|aching|going) (by|at) the end of (the|my) (session|class|workout|physio|pt)",
      "(lasts|lasted|stays|stayed|persists|persisted|carries on|carried on|goes on|went on) (through|throughout|for) the (whole|rest of the|entire) (session|class|workout)",
      // Building after the exercise was stopped instead of settling: "the pain kept getting worse for the rest of the
      // evening rather than calming down", "instead of settling it got worse".
      "(kept|keeps|carried on|went on) (getting worse|getting sorer|building|building up|climbing|going up) (for the rest of the|the rest of the|all|throughout the|all through the) (evening|day|night|afternoon)",
      "(rather than|instead of) (calming down|settling down|easing off|dying down|subsiding|calming|settling back down)",
      "(rather than|instead of) (settling|easing|going down|coming down) (it|the pain|the ache|the soreness|and) (kept|got|went|was|carried on|built)",
      // Worse as the session goes on (not gone in the warm-up): "it got worse as I went on and I had to stop".
      "(got|gets|getting|get|grew|went) (worse|sorer|stiffer|tighter|more painful|more sore) (as i went on|as i go on|as i kept going|as i carried on|the more i did|the more i do|the longer i went on|the longer i go on|as the session went on|as the session goes on|through the session|during the session|throughout the session|with each set|with every set|with each exercise|with every exercise|with each rep|with every rep)",
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
      "(cant|cannot|can not|can no longer|unable to|couldnt) (bend|twist|turn|move|reach|rotate|lean) [to the left|to the right|left|right|forward|forwards|backwards|back|sideways|over|down|round|around|to the side|to one side|my back|my body|my trunk|my spine] (as far|like i (used to|could|did)|as much|as well|like before|the way i (used to|could|did)|anymore|any more)",
      "(lost|losing|loss of) [some|a lot of|a bit of|all|my|all my|that|this|the] (movement|motion|range|range of motion|mobility|flexibility)",
      // A share of the bend or reach gone: "lost a chunk of my bend", "lost half my reach".
      "(lost|losing) (a chunk of|a lot of|a bit of|some of|half of|half|loads of|most of) (my|the) (bend|bending|forward bend|reach|movement|motion|range|mobility|flexibility)",
      "(lost|losing) my (bend|forward bend|reach)",
      "(reduced|less|limited) (movement|range [of motion]|flexibility|mobility)",
      "(cant|cannot|couldnt|can no longer) (bend|move) (at all|forward|forwards|over|down|properly|my back)",
      "(back|it) (locked|has locked|seized|has seized|is stuck|got stuck|locked up|seized up)",
      "(movement|range|flexibility|mobility|motion|bend|reach) [just|really|still|fully|properly|ever] (hasnt|has not|didnt|did not|never|havent|have not) [really|fully|properly|yet|quite] (come back|came back|returned|recovered)",
      // Only part of a movement left, days on: "since Saturday I can only get halfway up", "I can barely get past my
      // knees" (bending forward).
      "(can only|could only|can only just|only able to|can barely|could barely|can hardly|could hardly) (bend|reach|lean) [up|down|over|forward|forwards|back|backwards] (halfway|half way|partway|part way|half as far|past my knees|to my knees|down to my knees)",
      "(can only|could only|can only just|only able to) (get|go|come|push|press|make it) (halfway|half way|partway|part way) (up|down|over|back|forward|forwards)",
      // The bend told before it: "I used to touch my knees, since Monday I can only get halfway and it's not coming
      // back".
      "(can only|could only|can only just|only able to) (get|go|bend|reach) (halfway|half way|partway|part way) (and|now|these days|anymore|any more|since)",
      "(can barely|could barely|can hardly|could hardly|can only|could only) (get|reach|go|bend) [down] (past|below) my knees",
      "(cant|cannot|can no longer|couldnt) (touch|reach) my toes",
      // Reach that is gone and not coming back: "it isn't coming back even though the soreness has gone".
      "(movement|range|flexibility|mobility|my reach|my bend|my range|the bending|my bending|the bend|the twisting|my twisting|the movement|the reach) [just|still|really] (isnt|is not|wont|will not|doesnt seem to be|aint) (coming back|come back|returning)",
      // What the bend did that it no longer does: "can't get my socks on anymore", "can no longer tie my shoes".
      "(cant|cannot|can not|couldnt|unable to|not able to) (get|put|pull) (my|me) (socks|shoes|tights|trousers|pants) on (anymore|any more|these days|now days|nowadays)",
      "(can no longer|no longer able to|not able to anymore|cant anymore) (put on|get on|tie|reach) (my|me) (socks|shoes|shoelaces|laces|tights)",
      "[my] back (wont|will not|doesnt|does not|just wont) (bend|move|twist)",
      // The movement told as an ability lost: "I lost the ability to turn fully to the right", "since then I've no
      // longer been able to twist round".
      "(lost|losing|loss of|lose) the ability to (bend|twist|turn|move|reach|rotate|lean|look|straighten|touch)",
      "(no longer|not any more|not anymore) (able|been able) to (bend|twist|turn|rotate|lean|straighten) [fully|properly|all the way|as far]",
      // A direction of movement still blocked: "turning to the right is still stuck", "twisting left still locked".
      "(turning|twisting|rotating|bending|turn|twist) [sideways|round] [to the left|to the right|left|right] (is still|still|its still|has been) (stuck|blocked|locked)",
    ],
  },
];
