import { compilePatterns } from "../text/phrase-matcher";
import type { CompiledPatterns } from "../text/phrase-matcher";

/**
 * Context cues: the words around a symptom that decide whether it counts (negation, whose it is, when, how it
 * changes), where it is (one leg, both legs, the saddle area) and the facts the rules need (surgery, a new
 * exercise, timing). Symptom wordings themselves live in the shared lexicon; cues are the reader's own.
 */
export const CUE_PATTERNS = {
  /** Negation before a finding (NegEx pre-negation triggers). */
  "neg-pre": [
    "no",
    "not",
    "(dont|doesnt|didnt|havent|hasnt|hadnt|isnt|arent|wasnt|werent|wont|never|without|nor|neither)",
    "(deny|denies|denied)",
    "(none|nothing|zero)",
    "(free of|no sign of|no signs of|no sign|no more|no longer|not any|absence of|ruled out)",
    // A contrast that denies what follows: "an ache rather than anything sharp", "dull instead of stabbing".
    "(rather than|instead of) [anything|any|something|a|an]",
  ],
  /**
   * What people say "no" to that is no symptom, but ends a denial like one: "no worries numb in my groin" (see
   * `status.ts`, a denial reaching past what it denied only through a list).
   */
  "denied-head": [
    "(worries|worry|problem|problems|probs|issue|issues|complaints|dramas|drama|bother|big deal|biggie)",
  ],
  /** Negation after a finding or a body function ("peeing fine", "my legs feel normal"). */
  "neg-post": [
    "(fine|normal|normally|ok|okay|good|great|strong|unaffected|perfect|perfectly|alright)",
    "(no problem|no problems|no issues|no trouble|not a problem|all good|as usual|as normal|working well|same as usual)",
    // "I can walk, sleep, and control my bladder like always" (of a symptom, only how it usually is: `status.ts`).
    "(like always|as always|like normal|like usual|as ever|same as always|same as ever|like i always (do|have|could)|as i always (do|have|could))",
  ],
  /** Words that end a negation or context scope inside a sentence. */
  terminator: [
    "(but|though|although|however|except|yet|whereas|apart from|other than|aside from|besides|except for|only thing|one odd thing|one thing)",
  ],
  /** Someone else's symptoms or history (ConText experiencer). */
  relative: [
    "(my|our|his|her|a) (ma|da|maw|mum|mom|mother|dad|father|brother|sister|wife|husband|partner|son|daughter|friend|aunt|auntie|uncle|grandma|grandmother|gran|nan|nana|grandad|granddad|grandfather|grandpa|cousin|boyfriend|girlfriend|colleague|neighbour|neighbor|niece|nephew|flatmate|roommate|coworker|boss|family|parents|kids|child|baby|stepdad|stepmum|mate|friends)",
    // "my mum's got sciatica" ("mum's" reads as "mums").
    "(my|our|his|her|a) (mas|das|mums|moms|mothers|dads|fathers|brothers|sisters|wifes|husbands|partners|sons|daughters|friends|aunts|aunties|uncles|grandmas|grans|nans|nanas|grandads|granddads|grandpas|cousins|boyfriends|girlfriends|colleagues|neighbours|neighbors|nieces|nephews|flatmates|roommates|coworkers|bosses|mates|stepdads|stepmums)",
    "(family history|runs in (my|the) family|family member|someone i know|a friend of mine)",
    // A household's children named without "my": "the kids have had a temperature all week", "both children".
    "(the|both|all the|both the|my|our|my two|our two|my three|our three) (kids|children|grandkids|grandchildren|twins|little ones|toddler|toddlers)",
  ],
  /**
   * A pet as the one whose symptom follows: "my dog's back leg has gone weak", "the cat has been limping". Only
   * before the symptom, and only as its owner or subject: "walking the dog both legs went numb" is the patient's.
   */
  pet: [
    "(my|our|the) (dogs|cats|puppys|kittens|horses|rabbits) (back|front|left|right|leg|legs|hip|hips|spine|knee|knees)",
    "(my|our|the) (dog|cat|puppy|kitten|horse|rabbit|dogs|cats|puppys|horses) (has|had|is|was|s|been|keeps|kept|seems|cant|started|went|hasnt|isnt|wont)",
  ],
  /** A relative named without "my", as the subject of what follows: "Husband says his legs are numb", "Mum fell". */
  "relative-subject": [
    "(mum|mom|mother|dad|father|husband|hubby|wife|partner|brother|sister|son|daughter|gran|grandma|nan|grandad|grandpa) (says|said|thinks|reckons|has|had|fell|slipped|tripped|hurt|broke|got|is|was|keeps|also)",
    // With "'s" for "has" or "is" ("Dad's got foot drop after his op", "Mum's been numb in both feet for years"),
    // which reads as one word with the name.
    "(mums|moms|dads|husbands|hubbys|wifes|partners|brothers|sisters|sons|daughters|grans|grandmas|nans|grandads|grandpas) (got|been|had|always|also|just|now|still|getting|gone|started|recently|never|finally)",
  ],
  /** A relative's name on its own: with a parenthesis after it, the subject of what follows ("Mum (82) fell"). */
  "relative-noun": [
    "(mum|mom|mother|dad|father|husband|hubby|wife|partner|brother|sister|son|daughter|gran|grandma|nan|grandad|grandpa|aunt|uncle|friend|mate|neighbour|neighbor|colleague)",
    // The name with "'s" ("Mum's been doing physio", "Dad's leg"), which reads as one word: the same person.
    "(mums|moms|dads|husbands|hubbys|wifes|partners|grans|grandmas|nans|grandads|grandpas)",
  ],
  /** "He" or "she": after a relative is named, the subject of what follows ("... because he had foot drop"). */
  "third-person": ["(he|she|hes|shes)"],
  /** The patient is imagining or asking about a symptom rather than reporting it. */
  hypothetical: [
    "(what if|in case|if i ever|if i get|if i got|if i start|if i started|if i develop|if i developed|if i had|should i worry if|would it matter if|watch for|watch out for|look out for|keep an eye out for|told me to (watch|look)|worried i might|worried about getting|is it possible to get|could i get|might get)",
    "(hypothetically|hypothetical|in theory|theoretically|for future reference|in the future|supposing|lets say|say someone|imagine if|if (someone|somebody|a person|anyone|ever))",
    // What the therapist said the patient would feel: "she did say I'd feel it in my legs", "my physio warned me
    // you might get it in both legs after leg day" (a prediction, not a report).
    "(said|say|says|told me|tells me|warned me|warned|mentioned|explained|reckoned|did say|did tell me|did warn me|had said|had told me) [that] (i would|id|i might|i may|i will|ill|i could|youd|you would|you will|youll|you might|you may|you could|u would|u might|u will|u may) (feel|get|notice)",
    // "Hypothetical question: if my foot started dragging would that be bad?" (what follows the colon is quoted).
    "(hypothetical|theoretical|hypothetically speaking|theoretically speaking) [question|scenario|situation|one]",
    // What a page, a video or a leaflet says: "the leaflet says numbness in the saddle area is serious", "an article
    // that said numbness in the groin is serious". (Not the
    // word alone: "I did the exercises from the leaflet and now both legs are numb" is a report.)
    "(leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card) [that|which] [they|it|also] (says|said|say|mentions|mentioned|lists|listed|warns|warned|talks about|talked about|describes|described|explains|explained|tells you|told me|told us|calls|called|includes|included)",
    "according to (the|a|my|this|that) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card)",
    "(on|in) (the|a|this|that) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card) (they|it) (say|says|said|mention|mentions|mentioned|list|lists|listed)",
    "(red flags|red flag|warning signs|warning sign|emergency signs|serious signs) (are|include|were|like|such as)",
    // What "it" (a page, a leaflet, an app) says: "a page I read: it said 'tingling in both legs is an emergency'".
    "(it|it also|it even) (says|said|states|stated|mentions|mentioned|warns|warned|lists|listed|reckons|recommends|advises|advised)",
    // The page the patient read, and what it says: "an article I read said ...", "the leaflet they gave me says ...".
    "(leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|app|pamphlet|card|post|thread|forum) (i|we|they) (read|saw|found|looked at|was given|got|watched|gave me) [online] (says|said|mentions|mentioned|lists|listed|warns|warned|states)",
    // "I read in the leaflet that ...", "I saw on a website that ...".
    "(read|saw|seen|heard|found) (in|on) (the|a|my|this|that|an|some) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|app|pamphlet|card|post|forum|thread|blog)",
    // What the patient read or heard of, not what they have: "I saw online that ...", "after reading about ...".
    "(saw|seen|seeing|read|reading|heard|hearing|learned|learnt|learning) (online|on the internet|on google|on facebook|on tiktok|on youtube|on a forum|on reddit|somewhere|on the nhs website|on the news|on tv) [that]",
    "(i|ive|i have|i had|id) (read|heard|seen) (that|somewhere that)",
    // The subject left out after a first verb: "went down a rabbit hole online and read that ...", "then heard that".
    "(and|then|and then|so|also|but|after|before) (read|heard) (that|somewhere that)",
    // Texted with no subject at all: "read that pain in both legs is an emergency??". (Not "heard that" bare: "heard
    // that crack and both legs went numb" is a report.)
    "(read|reading) (that|somewhere that|online that|on google that)",
    "(read|reading|heard|hearing|learned|learning|learnt|googled|googling|looked up|looking up|read up on|reading up on|researching|looked into|asking about|a question about|questions about) about",
    // Said of anyone: "stop if you get pain down both legs", "if you have numbness ...".
    "if (you|u|one|people|patients) (get|have|notice|feel|develop|start|ever|experience|lose|cant)",
    // Said of anyone not feeling something: "is it bad if you don't get the feeling you need a wee?"
    "(is it|would it be|is that|would that be|isnt it|what does it mean|what would it mean|what if|should i worry) [bad|serious|normal|ok|okay|worrying|an emergency|dangerous|a problem|a red flag|a concern] if (you|u|one|people|someone|somebody|a person) (dont|do not|never|no longer|stop|suddenly)",
    // What to do if it changes, asked ahead: "what should I do if it gets worse every week?", "should I stop if it
    // starts going down my leg?" (a report told after it is confirmed as one: "... if it gets worse? It has").
    "(what should i do|what do i do|what would i do|what to do|what shall i do|should i stop|do i stop|should i call|should i ring|who do i call|who should i call|when should i worry|should i worry|do i need to worry|what happens) if (it|this|that|the pain|my pain|my back|things) [ever|ever does|does] (gets|get|goes|go|starts|start|becomes|become|keeps|keep|spreads|spread|turns|turn)",
    // Of anyone's body: "is it bad if your legs feel like they belong to someone else?"
    "if (your|ur|someones|somebodys|a persons) (legs|leg|feet|foot|toes|bladder|bowels|bum|bottom|groin|back|saddle area)",

    "(what are|whats|what were) the (warning signs|signs|red flags|symptoms)",
  ],
  /**
   * A question the patient expects, named by its topic: "before anyone asks about night pain", "in case you're
   * going to ask about my bladder". Only the topic in its own clause is asked about (`status.ts`): "before you ask
   * about night pain, yes it wakes me" goes on to tell.
   */
  "asked-topic": [
    "(before|in case|incase) (anyone|anybody|you|u|someone|somebody|the physio|my physio|the therapist|my therapist|you guys|they|the doctor) [is|are|were|was|starts|start] [going to|gonna] (asks|ask|asking|wonders|wonder|wondering|mentions|mention|brings up|bring up) (about|re|regarding)",
  ],
  /**
   * "In case it matters", "in case it's relevant": a hedge on telling what follows, not an imagining of it ("in case
   * it matters, I've been leaking a bit at night" is a report).
   */
  hedge: [
    "[just] (in case|incase) (it|this|that|its|thats|it is) (matters|matter|relevant|important|useful|helps|helpful|related|significant|means anything|makes a difference)",
    "[just] (in case|incase) (you|u) (need|want|wanna) to know",
    "[just] (in case|incase) (youre|you are) wondering",
  ],
  /**
   * Someone typing the message for the patient, or the patient's carer writing for them ("my husband is typing
   * this for me", "I'm writing on behalf of my wife"): what is told of "she" or "he" is then the patient's.
   */
  proxy: [
    "(typing|writing|texting|filling in|filling this in|doing|sending|answering) [this|it|the form|this message] (for|on behalf of) (me|her|him|my (wife|husband|partner|mum|mom|dad|son|daughter|sister|brother|gran|nan))",
    "on (my|her|his|my wifes|my husbands|my partners|my mums|my moms|my dads|my mothers|my fathers) behalf",
  ],
  /**
   * "The patient", "the one in PT", "the patient's wife": whose role it is, the writer's or a relative's, is read
   * from the words before it in `proxy-frame.ts` ("I'm the patient", "she's the patient", "he's not the patient",
   * "I'm not the patient").
   */
  "the-patient": [
    "the (patient|one (in|doing|having|getting|going to|seeing|at|with) [the|his|her] (pt|physio|physiotherapy|physical therapy|therapy|rehab|treatment|sessions|appointments|back problem|bad back|back pain|back))",
    "the (patients|patient s) (wife|husband|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|carer|caregiver|friend|grandson|granddaughter|girlfriend|boyfriend)",
    // The writer naming themselves by the patient ("I'm his wife, he's asleep but I'm worried"): "his", "her".
    "(im|i am) (his|her) (wife|husband|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|carer|caregiver|girlfriend|boyfriend)",
  ],
  /**
   * The one writing asks for a relative (read in `proxy-frame.ts`): "my husband wants me to ask", "my wife asked me
   * to write this", "so I'm asking for him", "too embarrassed to say it herself so I'm writing".
   */
  "ask-for": [
    "(wants|wanted|asked|asks|has asked|had asked|begged|told|made|got) me to (ask|write|message|type|check|post|send|find out|get in touch|contact|email|enquire|tell you|let you know|get help|reach out|fill in|fill this in|do this|pass on|pass this on|mention)",
    "(asking|writing|messaging|texting|typing|enquiring|checking|posting|reaching out|getting in touch|filling this in|filling in|here) (for|on behalf of) (him|her|them)",
    "(asking|writing|messaging|texting|enquiring|checking|posting|reaching out|getting in touch|here) (for|on behalf of) (my|our) (mum|mom|mother|dad|father|brother|sister|wife|husband|hubby|partner|son|daughter|gran|grandma|grandmother|nan|nana|grandad|granddad|grandfather|grandpa|aunt|auntie|uncle|boyfriend|girlfriend|friend)",
    "(so|which is why|thats why|that is why|hence) (im|i am|i) (writing|asking|messaging|texting|typing|here|getting in touch|reaching out|checking)",
    "(say|ask|write|type|ring|call|phone|message|text|email|contact|tell you|do it) [it|this|that|anyone|anybody|you] (himself|herself|themselves)",
    // A message passed on ("my wife says to tell you: ...", "Dad wants you to know ..."): read in `proxy-frame.ts`
    // as a frame only when the writer tells nothing of their own ("my wife says to tell you my back is stiff").
    "(says|said|say) [i should|i must|i need to|i have to|to] (tell you|let you know|ask you|ask|mention|pass on|pass this on|report)",
    "(wants|wanted) you to (know|hear)",
  ],
  /** The writer's own back or symptoms told as theirs, beside a relative's (read in `proxy-frame.ts`). */
  "own-patient": [
    "my own (back|pain|symptoms|symptom|issue|problem|question|back pain|body|legs)",
    // "Asking for me: mild stiffness", "as for me, just sore": the writer turns to their own report.
    // (read in `proxy-frame.ts`: not "she keeps asking for me to help")
    "(asking|writing|messaging|checking|enquiring|asking this) for (me|myself)",
    "(as for me|as for myself|as for mine|speaking for myself|for my part)",
  ],
  /**
   * Therapy (read in `proxy-frame.ts` with the subject before it): "he's doing PT for his disc", "she had physio
   * yesterday", "Dad's physio", "she's been doing her back exercises".
   */
  therapy: [
    "(pt|physio|physiotherapy|physical therapy|rehab|physiotherapist|physical therapist)",
    "(his|her|their) [back|home] (exercises|stretches|programme|program)",
  ],
  /** Someone else's back ("his lower back", "her back pain"): with no patient writing, theirs is the back told of. */
  "other-back": [
    "(his|her) [lower|low|upper|mid|middle|bad|sore|whole] (back|spine|lumbar|disc|back pain|sciatica)",
    // Their pain, as they tell it: "she says the pain is 10 out of 10", "his pain is worse tonight".
    "(his|her) pain",
    "(she|he|shes|hes) (says|said|reckons|reports|tells me|told me) [that] (the|her|his) (pain|back)",
  ],
  /**
   * A safety-net instruction: "my physio said to call 999 if ...", "told me to go to A&E should ...". What it names
   * is imagined only inside its condition ("if", "should", "in case"), never a reason ("... because both legs are
   * numb"): read in `status.ts`.
   */
  instruction: [
    "(told me|told us|tells me|said|says|say|advised|advised me|advises|warned|warned me|wants me|asked me|instructed me|instructions are|instructions were|was told|were told|been told|reminded me|reminded us) [to] (call|ring|phone|dial|go|come|seek|get|stop|tell|let|report|head|attend|book|see)",
  ],
  /**
   * The patient says an imagined or quoted sign is theirs after all: "I think I've actually got that", "ok it's
   * me", "which I've had since Sunday".
   */
  actual: [
    "(its|it is|thats|that is|this is) me",
    "(i have|ive got|i have got|ive had|i have had|i do have|ive actually got|i have actually got|i actually have|i think i have|i think ive got|i think ive actually got|i think ive had|i think i have got|which i have|which ive got|which ive had) (it|that|this|them|those|these)",
    // A time it began, told of what was asked about: "What if I get numbness in my groin? It started this morning."
    "(it|this|that|they|its) (started|began|came on|kicked in) (this|yesterday|last|today|on|after|since|at|a few|two|three|when)",
    "(like this|like that|happening|going on) since",
    // "If it ever shoots down my leg...? Since this morning it sort of does."
    "since (this morning|yesterday|last night|today|the session|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (it|they) [sort of|kind of|kinda|actually|really] (does|do|did|has|have)",
    "(happening to me|happened to me|same here|me too|thats what i have|thats what ive got|thats what ive had|sounds like me|sounds like mine|like mine|i have all of that|i have both)",
    "(mine too|mine as well|me as well|same with me|same for me|same as me|i have the same|ive got the same|i have it too|ive got it too|i do too|i have too)",
    // What was asked about said to happen already: "should I stop if it gets worse after every session? Because it
    // has the last three times", "... which it does".
    "(because|cause|cos|coz|cuz|which|and) (it|this|that|they) [already|actually|really] (has|have|does|do|did|keeps|kept)",
    "(it|this|that|they) [already|actually] (has|have|does|did) (been|lately|recently|already|the|each|every|after|since|twice)",
    // What was asked about told as having happened: "Should I stop if I get the tingling again? It happened once
    // during the hamstring stretch today".
    "(it|this|that) [already|actually|just] happened (once|twice|today|yesterday|again|this morning|this afternoon|this evening|last night|during|when|after|earlier|on|at)",
    // What was asked about, minimised: "Does it count if it's only a little bit, around my back passage?" (the
    // patient has it, a little).
    "(does|would|will|do) (it|that|this) [still] (count|matter|apply) if (its|it is|theres|there is|i have|ive got|i only have|i only get|i get|it only|its only)",
    // One of what someone else had: "the kids had a temperature and now I have one too", "I've caught it as well".
    "(i have|ive got|i have got|ive|i got|i now have|ive now got|ive caught|i caught|i have caught) (one|it|one now|it now) (too|as well|also)",
  ],
  /**
   * The patient says a sign they asked about is not theirs: "Not happening, just anxious", "asking because the
   * leaflet mentions it".
   */
  disclaimer: [
    "(not happening|nothing like that|none of that|not that i know of|no sign of it|no signs of it|thankfully not)",
    "(i dont have|i do not have|i havent got|i havent had|i have not had|ive not had|ive not got) (it|that|this|those|them|any of (that|those|them|these)|anything like that)",
    "(asking|ask|asked|wondering) because (the|a|my|this|that|an) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card)",
    "(leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card) (mentions|mentioned|says|said|lists|listed|talks about|talked about) (it|that|this|them|those)",
    "(it|that|this) (was|is|were|are) (on|in) (the|a|my|that|this) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card)",
    "(saw|read|seen|heard) (it|that|this|about it|about that) (on|in) (the|a|my|that|this) (leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|nhs|google|internet|app|pamphlet|card)",
    "(asking for the future|for the future|for future reference|just in case|out of curiosity)",
    // Asked for a piece someone is writing: "asking for my friend's article, not me", "it's for my sister's uni
    // essay" (not the bare "asking for a friend", which is often the patient; nor "not me", which a relative who
    // is the patient may follow).
    "(asking|ask|asked|wondering|question|its|it is|this is) (for|about) [a|an|my|the|our] [friends|friend|colleagues|sisters|brothers|partners|daughters|sons] [uni|university|college|school|work] (article|essay|blog|blog post|project|homework|coursework|assignment|research|dissertation|book|paper|podcast)",
    "(i dont|i do not|dont|do not) think (i have|ive got|ive had|i have got|i have had|i do) (it|that|this|them|those|anything like that|any of that|any of those|any of them)",
    "(i dont|i do not|i havent|i have not|ive not|i didnt|i did not) (have|got|had|noticed|felt|feel|notice) anything like (that|this|it)",
    "(leaflet|video|page|website|site|webpage|article|booklet|handout|sheet|poster|list|warning list|card) [from (my|the) (physio|physiotherapist|therapist|doctor|gp|hospital|clinic)] (mentions|mentioned|says|said|lists|listed|talks about|talked about) (it|that|this|them|those)",
  ],
  /**
   * A denial that points back at the signs just listed ("I've read the list of warning signs - saddle numbness,
   * bladder changes, weakness in both legs - and I have none of them"): read in `deny-asked-about.ts`.
   */
  "none-of-listed": [
    "(i have|ive got|i have got|ive had|i have had|i get|i got|i had|thankfully i have|luckily i have|i have thankfully|i thankfully have|im having|i am having) (none|neither) of (them|those|these|the above|that|those things|these things|those symptoms|these symptoms|those signs|these signs)",
    "(none|neither) of (them|those|these|the above|which|those things|these things|those symptoms|these symptoms|those signs|these signs) (apply|applies|applied|is happening|are happening|have happened|has happened|ring a bell|rings a bell|sound familiar|sounds familiar|fit|fits|match|matches|are mine|is mine|are me|is me|are an issue|is an issue|are a problem|is a problem)",
    "(i dont have|i do not have|i havent got|ive not got|i havent had|ive not had|i dont get|i have not got|i have not had|i dont have a single one of|i didnt have|i did not have) any of (them|those|these|the above|those things|these things|those symptoms|these symptoms|those signs|these signs)",
    "(no|nope|nah) to all (of them|of those|of these|of that|three|four|five|the above)",
    // Said without a subject: "Had none of those.", "Got none of them"; and, read only when nothing but a word like
    // "at all" follows in its sentence, bare: "None of those at all.", "Thankfully, none of them."
    "(had|have|have had|got|get|getting|having|experienced|noticed|felt) (none|neither) of (them|those|these|the above|those things|these things|those symptoms|these symptoms|those signs|these signs)",
    "(none|neither) of (them|those|these|the above|those things|these things|those symptoms|these symptoms|those signs|these signs)",
  ],
  /** Asking out of curiosity: sets aside a sign asked about with "would" ("What would X mean? Just curious"). */
  "just-asking": [
    "(just|only|im just|i was just|im only) (asking|curious|wondering|checking)",
    "(out of curiosity|im curious|i was curious|i was wondering|curious what)",
    "(just|only|i just|i only) (want|wanted|wanting|like) to (know|check|understand|ask|be sure|make sure)",
    "(want|wanted) to know what to (watch|look) (for|out for)",
  ],
  /**
   * "ever" after "if" ("if the tingling ever went into both legs"): what follows is imagined. Read in
   * `status.ts` (not "ever since").
   */
  ever: ["ever"],
  /** "when I was" before an age ("when I was 30"): read in `status.ts`, which checks the number after it. */
  "when-i-was": ["when i was"],
  /** A resolved episode in the past (ConText historical). */
  past: [
    "(yrs|yr|mths|mth|mnths|mos) (ago|back)",
    // A season or holiday gone by: "sciatica down my right leg last spring" (like "last year").
    "last (spring|summer|autumn|fall|winter|christmas|easter)",
    "(years ago|year ago|months ago|month ago|last year|a few years back|years back|back then|in those days|in the past|used to|previously|as a child|as a kid|when i was younger|back in (19|20)|when i was pregnant|once before|long gone|in my [early|mid|late] (teens|twenties|thirties|forties|fifties|sixties|20 s|30 s|40 s|50 s|60 s))",
    // Told by the age it was at: "broke my wrist falling off a horse as a teenager", "when I was a kid at school".
    "(as a|when i was a) (teenager|teen|youngster|young lad|young man|young woman|young girl|boy|girl|toddler|baby|student|schoolboy|schoolgirl|little kid|little boy|little girl)",
    "(when i was|back when i was) (little|small|young|a kid|a child|at school|in school|at uni|at university|in my teens)",
  ],
  /**
   * An episode said to be over ("it completely resolved"): past only with a word of when in its sentence ("in
   * 2019", "years ago"), since a settling within minutes ("it went away after a few minutes") is not one.
   */
  resolved: [
    "(completely|fully|totally|all|entirely) (resolved|cleared|cleared up|went away|gone away|recovered)",
    "(resolved|cleared up|went away|got better|settled|disappeared|stopped|cleared|recovered)",
    // Over by itself, or back to normal: "but that all sorted itself out", "it righted itself", "went back to normal".
    "(sorted itself out|sorted themselves out|sorted itself|righted itself|fixed itself|resolved itself|cleared itself up|got sorted|went back to normal|got back to normal|returned to normal|came right)",
    // A symptom that "went" or "faded" went away: "MRI was clear and the numbness went".
    "(numbness|tingling|pins and needles|symptoms|it all) (went|vanished|faded|faded away)",
  ],
  /** An episode said to be over long ago or for good, which needs no other word of when ("went away months ago"). */
  "resolved-long-ago": [
    "(resolved|cleared up|went away|got better|settled|disappeared|stopped|cleared|recovered) (months|years|yrs|mths|weeks|wks|ages|a long time|long|a year|a month|many years) ago",
    "(long gone|never came back|never returned|not had it since|havent had it since|not had any since|hasnt come back|hasnt been back|didnt come back|havent had any since)",
    // Over for weeks or more: "completely gone for 2 weeks now", "been clear for a month" (not days: a sign that
    // stopped days ago is read as it was told).
    "(gone|cleared|cleared up|resolved|disappeared|stopped|been gone|been fine|been clear) for [about|over|nearly|more than|the last|the past|a good] (a|two|three|four|five|six|a few|several|a couple of|2|3|4|5|6|8) (weeks|week|months|month|fortnight|years)",
  ],
  /**
   * A past episode said to be back ("it's come back since Thursday", "the numbness has returned", "back again this
   * week"). Read in `status.ts`, which checks what follows "back" ("came back clear", "came back up") and whose it is.
   */
  recurred: [
    "(come|came|comes|coming) [right|straight|roaring|flooding|rushing|creeping] back",
    "(returned|returning|recurred|recurring|back again|started again|starting again|started up again|happening again|flared up again|kicked off again)",
    "(its|it is|it has|theyre|they are|thats|that is|is|are|s) back",
    // Never gone: "sciatica 3 years ago, still there every day", "started in 2019 and never went away".
    "(still there|still have it|still got it|still has it|still with me|never went away|never gone away|never really went|never fully went|never cleared|never fully cleared|never really cleared|hasnt gone|hasnt gone away|has never gone|never left)",
  ],
  /**
   * Soreness told as there from the session until now: "sore since Monday's session", "achy ever since the physio",
   * "pain since then". With a time past three days and no word of easing, it has lasted without improving.
   */
  "sore-since": [
    "(sore|stiff|achy|aching|hurting|painful|tender|tight|pain|ache|soreness|stiffness) [ever] since (the session|my session|the last session|my last session|pt|physio|the physio|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    // Since the treatment: "sore since yesterday's manip", "tender ever since the adjustment on Tuesday".
    "(sore|stiff|achy|aching|hurting|painful|tender|tight|pain|ache|soreness|stiffness|bruised|bruisy) [ever] since (yesterday|the|my|her|his|that) [session|treatment|physio] (manip|manips|manipulation|adjustment|mobs|mobilisation|mobilization|mobilisations|mobilizations|needling|needles|massage|treatment|crack)",
    "since (the|my|her|his|that|yesterday) (manip|manips|manipulation|adjustment|mobs|mobilisation|mobilization|needling|crack) [on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)] (ive|i have|i ve|it has|its|it s|ive been|i have been) (been|felt|had) [a bit|a little|quite|really|pretty|very|so] (sore|stiff|achy|tender|tight|bruised|bruisy)",
  ],
  /** Words of when that are about the treatment, not a symptom: "before I started PT" is no news of a symptom. */
  "not-new": [
    "(before (i|we) (started|began)|before starting|before beginning)",
    // No change: "nothing different", "nothing has changed since starting physio".
    "(nothing|no|not|not any|none of it) (different|changed|change|changes)",
    "(nothing|none of it|nothing at all) (has|have|s) changed",
    // "nothing new or different", "not new or worse": no change, told twice over.
    "(nothing|not|none of it) (new|different|changed) (or|and|nor) (new|different|changed|worse)",
    "(hasnt|havent|has not|have not|hadnt|hasnt really|havent really) changed",
    // No worse: "been like that for ten years and it's no worse", "not getting any worse".
    "(no|not|not any|never any|not getting|not getting any|isnt getting|isnt getting any|hasnt got|hasnt got any|hasnt gotten|hasnt gotten any|hasnt been|has not been|has not got) worse",
    // "I had sciatica years ago ..., nothing like it now": the past episode, said not to be back.
    "(nothing|not) like (it|that|this) (now|anymore|any more|these days|today|this time)",
    // "sciatica years ago, nothing since then", "none since": the past episode, said not to have come back.
    "(nothing|none|no problems|no trouble|no issues|not a twinge|never again|not again) (since|since then|ever since)",
    "since (starting|i started|we started|beginning|i began|we began) [the|my] (physio|pt|physiotherapy|exercises|treatment|programme|program|sessions|rehab)",
    // When the treatment began: "I used to get pain down to my calf when I started PT" dates the past episode.
    "(when|as|once) (i|we) [first] (started|began) [the|my|with] (physio|pt|physiotherapy|exercises|treatment|programme|program|sessions|rehab)",
  ],
  /** Unchanged for a long time: not a new change. */
  "long-standing": [
    // "for about 5 years", "for the last ten years", "ever since my second baby", "since my daughter was born".
    "for (about|around|over|nearly|almost|roughly|at least|more than|the last|the past|well over|like|maybe|probably) (2|3|4|5|6|7|8|9|10|11|12|15|20|25|30|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a few|several|many|a couple of) years",
    "for (2|3|4|6|7|8|9|11|12|25|30|four|six|seven|eight|nine|twelve|thirty|a couple of) years",
    "since (my|the|having|i had|having my|i had my) [first|second|third|last|youngest|eldest|oldest|1st|2nd|3rd|two|three] (baby|babies|kids|children|child|son|daughter|pregnancy|pregnancies|birth|births|delivery|c section|caesarean|menopause|twins)",
    "since (my|our|the) [first|second|third|youngest|eldest|oldest|last] (son|daughter|kids|children|child|baby|twins|boy|girl) (was|were) born",
    // "since my youngest was born", "that's been 12 years", "going on 15 years": how long it has lasted.
    "since (my|our|the) (first|second|third|youngest|eldest|oldest|last|1st|2nd|3rd) (was|were) born",
    "(been|its been|thats been|it has been|that has been|thats|that is|going on) [about|around|over|nearly|almost|roughly|at least|more than|well over|like|maybe|probably|a good] (2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|25|30|40|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|many) years",
    "(for years|for many years|for several years|for a few years|for decades|for ages|for a long time|always had|always been|always have|as long as i can remember|unchanged|nothing new|long standing|longstanding|same as ever|same as always|since (i had|having) (my kids|the kids|children|my children|my baby|my son|my daughter)|since childbirth|since giving birth|since my pregnancy|since menopause|since the menopause|for (10|ten|15|fifteen|20|twenty|5|five|many) years|(10|ten|15|20|5|five|two|three|several|many) years now)",
    // Since a decade of life or a time of it long gone: "since my 40s", "since I was in my thirties", "since I was
    // a teenager".
    "since [i was in] my [early|mid|late] (teens|twenties|thirties|forties|fifties|sixties|seventies|20s|30s|40s|50s|60s|70s|20 s|30 s|40 s|50 s|60 s|70 s)",
    "since i was (young|a teenager|a teen|a kid|a child|a girl|a boy|little|at school|in school)",
  ],
  /** Something new or recently changed. */
  new: [
    "(since my appointment|since the appointment|since my treatment|since the treatment|since my last appointment|new|newly|since yesterday|since the session|since my session|since last session|since the last session|since physio|started|starting|suddenly|sudden|this week|today|this morning|last night|tonight|recently|lately|first time|never had (this|that|it) before|changed|different|worse|worsening|worse than|getting worse|now|since then|since thursday|since monday|since tuesday|since wednesday|since friday|since saturday|since sunday|all of a sudden|out of nowhere|has started|have started)",
    "since (this morning|lunchtime|lunch|the weekend|last week|last night|the op|my op|the operation|my operation|the surgery|my surgery|this afternoon|this evening|breakfast|tea|dinner|the morning|the other day|a few days ago)",
    // "that's never happened before", "never happened to me before": a first time.
    "[thats|that has|it has|its|this has|which has] never happened (before|to me before|to me)",
    // "since two days", "since 3 days": other languages' way of saying "for two days".
    "since (one|two|three|four|five|six|a few|few|some|1|2|3|4|5|6) (days|day|hours|hour|nights)",
    // A first time, in other words: "never, ever happened", "never had that problem before", "never an issue
    // before", "never been like this", "first time it's happened", "that's new for me".
    "never [,] ever [,] (happened|happens|had)",
    "never [ever] (had|experienced|noticed|got) (that|this|any|anything like (that|this|it)) [problem|issue|trouble|problems|issues] before",
    "never (a|an|any) (problem|issue|issues|problems|trouble) before",
    "never been (like this|like that|a problem|an issue) [before]",
    "(first time|1st time) (ever|its happened|it has happened|thats happened|that has happened|this has happened|in my life|ive had (this|that|it)|i have had (this|that|it))",
    "(new for me|new to me)",
    // Fine until now, told of before: "before no problem", "before it was fine", "was normal until Monday".
    "(before|previously|until now) [it was|was|everything was|always|it had been] (no problem|no problems|no issue|no issues|fine|normal|ok|okay|all good|always fine|always normal)",
    "(was|were|had been|always been|it was|everything was|all was) (fine|normal|ok|okay|perfect|no problem|no problems) (until|till|til|up until|up till|before)",
  ],
  /** Both legs. */
  "site-both": [
    "both (legs|feet|thighs|calves|shins|knees|ankles|sides|buttocks|hips|my legs|my feet|of my legs|of my feet|lower legs)",
    "(legs|feet|thighs|calves|shins)",
    "(the other leg|my other leg|other leg too|each leg|either leg|left and right|right and left|one leg then the other)",
    // The leg that was fine, named as such: the other leg ("now my good leg is going numb as well").
    "(my|his|her|the) (good|healthy|unaffected) (leg|foot)",
    "(neither|either|each) (foot|leg|side|knee|thigh|calf|ankle)",
    // A part of each foot said with "either" or "neither": "either big toe", "neither heel".
    "(neither|either|each) [big|little] (toe|heel|sole|instep|arch)",
    // "both" standing for the legs as the subject: "my left leg isn't weak but both feel numb".
    "both (feel|feels|felt|are|were|went|go|keep|kept|started|seem|seemed|get|got|have gone|have been|are going|are feeling)",
    // Both legs said with a singular: "both my leg is weak", "both leg", "legs both sides".
    "both (my|the|of my|side|sides) (leg|foot|thigh|calf|shin|knee|ankle)",
    "both (leg|foot|thigh|calf|shin)",
    "(leg|legs|foot|feet) (both|each) side[s]",
    // "both" after the legs, or the legs counted: "my legs both feel heavy when I walk", "my two legs".
    "(legs|feet|thighs|calves|shins) both",
    "(two|2) (legs|feet|thighs|calves|shins)",
    // Both big toes, both heels: a part of each foot ("both big toes are numb", "my toes on both sides").
    "both [my|of my|the] (big toes|little toes|toes|heels|soles|insteps|arches|soles of my feet|heels of my feet)",
    // Big toes counted more than one are one on each foot: "my big toes won't push up".
    "(my|the) big toes",
    // Below both knees: "numb from the knees down", "tingling below my knees" (one leg says "knee").
    "(from|below|beneath|under|underneath) (the|my|both|both my|both of my) knees [down|downwards]",
    "knees (down|downwards)",
  ],
  /**
   * "both" with the legs left unsaid ("today I've got it in both", "it's gone into both now"): read in
   * `two-sides.ts` only where nothing follows it that it is of ("in both hands" is no such).
   */
  "both-bare": ["(in|into|to|down|on|affecting) both"],
  /**
   * The two legs told as a pair ("it's now in the pair of them", "the two of them"): read in `pair-of-legs.ts` only
   * after a pronoun of a leg symptom, since a pair is anything counted two.
   */
  "pair-of": [
    "(the pair of them|the pair of my legs|my pair of legs|the two of them|the 2 of them|the both of them|both of them)",
  ],
  /** The saddle area. */
  "site-saddle": [
    "(private area|intimate area|genital area|groin|crotch|genitals|genital|privates|private parts|perineum|perineal|saddle|saddle area|anus|back passage|rectum|bum|bottom|backside|buttocks|bum cheeks|vagina|penis|scrotum|testicles|vulva)",
    // An area named as a zone or a region ("the intimate zone", "the pubic region").
    "(genital|intimate|private|pubic|anal|perianal|perineal|groin|vaginal|rectal|saddle) (zone|zones|region|regions|area|areas)",
    "(inner thigh|inner thighs|between my legs|down there|down below|my bits|nether regions|wipe|wiping)",
    "(where i sit|the bit i sit on|what i sit on|the part i sit on)",
    // The inner thighs with what lies between them, named as one place ("my inner thighs and the bits in between",
    // "the tops of my legs and everything in between"): read as one site, so "and the" does not start a new subject.
    "(inner thigh|inner thighs|thighs|upper thighs|tops of my legs|top of my legs|groin|legs) and (the|those|all the) (bit|bits|area|part|parts|region|skin|stuff|zone) [right] (in between|between them|in the middle|inbetween)",
    "(inner thigh|inner thighs|thighs|upper thighs|tops of my legs|top of my legs|groin) and (everything|all|whats) [right] (in between|between them|inbetween)",
    "(the|those|that) (bit|bits|area|part|parts|region|skin|zone) [right] (in between|inbetween|between) (my|the|both) (thighs|inner thighs|upper thighs|legs|upper legs|bum cheeks|cheeks)",
    "between (my|the|both) (thighs|inner thighs|upper thighs)",
    // Patients' own euphemisms ("my downstairs bits", "lady parts").
    "(downstairs|down stairs) (bits|area|region|parts|department)",
    "(lady|man|private|girly|boy) (bits|parts|area|region)",
    "(front bottom|undercarriage|manhood|willy|labia|clitoris|fanny|nethers|nether bits|bits down there)",
    // The part one sits on, the paper one wipes with.
    "(the|my) (area|part|parts|bit|bits|place|region|spot|skin) (i|you|we|one) (sit|sat|sits) on",
    "(what|where) (i|you) (sit|sat) on",
    "(sit bones|sitting bones|sitbones|seat area|sitting area|tailbone area|taint|gooch|saddle region|between the legs)",
    "(toilet paper|toilet roll|toilet tissue|loo roll|loo paper|wiped|wipes)",
    "(private part|intimate part|man part|lady part|back hole|between (my|the) leg|between leg|between legs|my junk|junk)",
    "(where|what) (im|i am) (sitting|sat) [on]",
    // Slang for the buttocks and the genitals ("both arse cheeks", "my balls", "my lady garden", "my seat").
    "(arse|butt|ass|bum|booty) (cheeks|cheek)",
    "(arse|butt|buttcheeks|buttcheek|ballsack|nutsack|testes|testicle|lady garden|ladygarden|vajayjay|va jay jay|minge|muff|foof|cooch|coochie|hoo ha|hooha|noo noo)",
    "(my|the|both|his) (balls|nuts|sack|ass|rear|rear end|behind|hind end|derriere|tush|tushy)",
    "my seat",
    // Possessives, read without the apostrophe: "my bum's gone numb", "my arse's numb".
    "(bums|butts|backsides|groins)",
  ],
  /** One leg (or one side). */
  "site-leg": [
    "(leg|thigh|calf|shin|foot|toes|toe|ankle|knee|heel|hamstring|buttock|hip|sole|instep)",
    "(left|right|one) (leg|side|foot|thigh|calf|buttock)",
    // One buttock in lay words: "reaching into my right bum cheek" (both cheeks are the saddle area).
    "(bum cheek|butt cheek|buttcheek|arse cheek)",
    "the (left|right) one",
    "(quad|quads|quadricep|quadriceps|thigh muscle|thigh muscles)",
    "the (left|right)",
  ],
  /** One calf, for clot signs (which are one-sided: "calves" is not a site for them). */
  "site-calf": [
    "(calf|back of my knee|back of the knee|lower leg)",
    // "my left leg below the knee", "under my knee".
    "(below|under|beneath) (my|the) knee",
    // One of the two, named by the pair: "one of my calves looks chunkier", "one calf".
    "(one of my|one of the|one of) (calves|lower legs)",
  ],
  /** Clot-like changes in a calf. */
  "calf-sign": [
    "(swollen|swelling|red|redness|hot|warm|throbbing|tender|tight|dark|hard|puffy|cramping|painful)",
    "(big|bigger|fat|fatter|thick|thicker|huge|massive|larger)",
    // A changed colour, or veins that stand out hard ("a darker colour", "gone purple", "the veins feel hard").
    "(darker|discoloured|discolored|discolouration|discoloration|purple|purplish|bluish|blotchy|mottled|shiny)",
    // Lay words of a swollen or reddened calf: "chunkier", "a bit reddish", "puffed up", "fuller than the other".
    "(chunky|chunkier|fuller|puffier|bloated|puffed|swelled|reddish|reddened|pinkish|inflamed|angry looking|angry-looking)",
    "(veins|vein) [feel|feels|are|is|look|looks|gone] [hard|sore|tender|swollen|bulging|lumpy|raised|red]",
    // One calf bigger than the other ("looks bigger than the right").
    "(bigger|larger|fatter|thicker|puffier|wider|chunkier|fuller) (than|compared with|compared to|next to) (the other|the other one|my other|the left|the right|the left one|the right one|the other calf|the other leg)",
  ],
  /** Pain in one calf: a clot sign only after spinal surgery (a sore calf after calf raises is exercise). */
  // (A clot's pain is often throbbing or cramping: NHS DVT.)
  "calf-pain": [
    "(hurting|hurts|hurt|sore|aching|aches|ache|achy|pain|pains|cramp|cramps|cramping|cramped|crampy|throbbing|throbs|throb)",
  ],
  /** Moving down or into a place ("goes down to my foot"). */
  direction: [
    "(down|into|down to|down into|through to|all the way down to|down the back of|down the side of|down the outside of|down the front of)",
    // "going past my knee now": further than before.
    "(past|below|beyond|lower than) (my|the)",
  ],
  "sym-numb": [
    "(isnt there|is not there|not there anymore|not feel anything|dont feel anything|cant feel anything|couldnt feel anything|not feel much|cant feel much|not mine|not my own|like theyre not mine|like its not mine|dont belong to me|doesnt belong to me|do not belong to me|does not belong to me|like someone elses|not part of me|feel strange|feels strange|feel weird|feels weird|feel odd|feels odd|feel funny|feels funny|feel different|feels different|like cotton wool|doesnt feel normal|doesnt feel right|does not feel normal|not feel normal|dont feel right|dont feel normal|do not feel right|do not feel normal|not feel right|doesnt feel quite right|dont feel quite right|didnt feel right|didnt feel normal|numb|numbness|numbish|numby|numbed|dead|deadness|no feeling|cant feel|cannot feel|couldnt feel|lost feeling|reduced feeling|less feeling|altered feeling|odd feeling|strange feeling|lost sensation|lost all sensation|no sensation|reduced sensation|less sensation|altered sensation|loss of sensation|loss of feeling)",
    // Neither leg is right: "neither of my legs feels right", "neither foot feels normal" (both legs not right).
    "(neither|none) of (my|the|both my|both of my) (legs|feet) (feel|feels|is|are|seem|seems|feeling|look|looks) [quite|totally|completely|fully] (right|normal|ok|okay|like mine|like my own|like themselves)",
    "neither (leg|foot) (feel|feels|is|seems|feeling) [quite|totally|completely|fully] (right|normal|ok|okay|like mine|like my own|like itself)",
    // Feeling only just there: "can hardly feel the floor", "cant barely feel my toes" (the double negative of speech).
    "(cant|cannot|couldnt|can|could) (hardly|barely|scarcely) feel",
    // Feeling told as next to none, with a word of how much or how real between: "no real feeling down there",
    // "hardly any sensation in my foot", "very little feeling".
    "(no|hardly any|barely any|scarcely any|very little|next to no|almost no|little to no|little or no) [real|proper|actual|normal|much] (feeling|sensation)",
    // A part that feels like someone else's or wrapped in something, a likeness for lost or dulled feeling: "my legs
    // feel like they belong to someone else", "like it's wrapped in cling film", "like I'm wearing a thick sock".
    "(belong|belongs|belonged|belonging) to (someone|somebody|some one) else",
    "(someone|somebody) elses",
    // (as a likeness only: a foot wrapped in a bandage is a foot wrapped in a bandage)
    "(like|as if|as though) [its|it is|it was|its been|it has been|theyre|they are|they were|theyve been|im|i am|ive been] (wrapped|covered|coated|encased|wrapped up|bound) in (cling film|clingfilm|cling wrap|plastic|plastic wrap|cellophane|cotton wool|bandages|bandage|foil|wax|rubber|a glove|gloves|a sock|socks|paper|cardboard|bubble wrap|a blanket)",
    "like (cling film|clingfilm|cling wrap|cellophane|cardboard|a block of wood|wood|plastic|leather|bubble wrap|a lump of wood|a plank)",
    "like (wearing|im wearing|i am wearing|i was wearing|i have|ive got|theres) [a|on a] [thick|thick ski|ski|woolly|rubber|heavy] (sock|socks|glove|gloves|stocking|stockings|boot|boots)",
    "(detached|disconnected) [from me|from my body]",
    "(not|arent|isnt|are not|is not|werent|wasnt) (attached|connected) [to me|to my body|to the rest of me]",
    // Walking on something soft that the foot does not feel through: "like walking on cotton wool", "on pillows".
    "(walking|walk|standing|stepping|stand) on (cotton wool|pillows|a pillow|cushions|a cushion|sponge|sponges|a sponge|marshmallows|clouds|foam|bubble wrap)",
    // A surface the sole feels instead of the floor, told as a likeness ("feels like I'm walking on sand", "as if
    // I'm stepping on gravel all the time"): altered feeling in the foot. Only as a likeness: walking on sand at
    // the beach is walking on sand.
    "(like|as if|as though) [im|i am|i was|i were|ive been|id been|youre|you are|its|it is|theyre|they are|always|constantly|permanently] [just|always|constantly|permanently] (walking|walk|standing|stand|stepping|step|treading) on (sand|wet sand|grit|gravel|pebbles|marbles|a pebble|a marble|a stone|stones|rice|a sock|a rolled up sock|a folded sock|felt|velvet|carpet|a carpet|a thick carpet|a rug|a thick rug|padding|a pad|a mat|a rubber mat|rubber|a thick sole|cardboard|a layer of something|something soft|something thick)",
    // Something between the sole and the floor that is not there: "like there's sand in my sock", "as if I've got a
    // pebble under my heel all the time".
    "(like|as if|as though) (theres|there is|there was|ive got|i have|i had|ive) [got] [a bit of|a layer of|a handful of] (sand|grit|gravel|a pebble|a stone|a marble|a fold|a wrinkle|a crease|cotton wool|a wad of something|padding) (in|under|inside|stuck in|stuck under|between) (it|them|my|the) [sock|socks|shoe|shoes|boot|boots|foot|feet|toes|sole|soles|heel|heels]",
    "(like|as if|as though) (theres|there is|ive got|i have) (something|a layer|a layer of something|padding|cotton wool|a cushion) between (it|them|my foot|my feet|my sole|my soles|my heel|the sole|my toes) and the (floor|ground)",
    // Numbness in other languages' idiom ("I have feeling of sleeping in the zone of the genitals", "a sleeping
    // sensation in both feet"): a feeling of sleep is a part gone to sleep, not the patient sleeping.
    // ("a feeling of sleepiness", "a sleepy feeling" are tiredness)
    "(feeling|feelings|sensation|sensations|sense|impression) of (sleeping|asleep|deadness|insensibility|insensitivity|anaesthesia|anesthesia)",
    "sleeping (feeling|sensation|feelings|sensations)",
    // Feeling going, told in the present: "I'm losing feeling down there", "if I lose the feeling when I wipe".
    "(losing|lose|lost) [the|all|all the|some|some of the] (feeling|sensation)",
  ],
  // A foot or leg gone to sleep, with the body part: "I fell asleep" is sleep.
  "sym-asleep": [
    "(foot|feet|leg|legs|toe|toes|heel) [has|have|had|keeps|kept|keep] (fell|falls|fallen|went|goes|gone|going|go) (asleep|to sleep)",
    "(foot|feet|leg|legs|toe|toes|heel) (is|are|was|were) [half|a bit|kind of|sort of|all] asleep",
    // "my right foot felt asleep for a couple of minutes", "my toes feel like they're asleep".
    "(foot|feet|leg|legs|toe|toes|heel) (feels|felt|feel|feeling) [half|a bit|kind of|sort of|all|like it was|like its|like it is|like they were|like theyre|like they are|as if it was|as if its|as though it was|as though its] asleep",
  ],
  "sym-tingle": [
    "(tingling|tingly|tingle|tingles|tingled|pins and needles|pins and needly|pins n needles|needly|prickling|prickly|buzzing|fizzing|electric|electricity|fuzzy|fuzziness|buzzy)",
    "(fizzy|buzzy) (feeling|feelings|sensation)",
    "(feels|feel|felt|feeling|gone|went|goes|go|going|gets|get|got|getting|turns|turned) [a bit|a little|a little bit|abit|bit|slightly|kind of|kinda|sort of|sorta|quite|really|very|all|a tad|a touch|a wee bit|wee bit] (fizzy|buzzy)",
    // As a verb or a noun: "my right foot buzzes", "a buzz in my toes".
    "(foot|feet|toe|toes|leg|legs|heel|sole|calf|shin|thigh) (buzzes|buzzed|buzz|fizzes|fizzed|fizz)",
    "(a|the|this|that|little|slight|weird|funny|strange|odd) (buzz|fizz) (in|down|through|on|along|under) (my|the)",
    // A zing of a nerve ("same ache and zingy feeling", "zinging down my calf").
    "(zingy|zinging|zings|zapping|zappy)",
    // Crawling on or under the skin as a likeness: "like ants walking from the knee to the foot", "small insects
    // crawling", "a crawling sensation".
    "like [small|little|tiny|lots of|many|little tiny|hundreds of|thousands of] (ants|insects|bugs|spiders|beetles)",
    "(ants|insects|bugs|spiders|beetles) (walking|crawling|marching|running|creeping|moving|crawl|crawls|walk|walks|all over)",
    "crawling (feeling|sensation|skin)",
    "(creepy crawly|creepy crawlies|formication)",
  ],
  "sym-weak": [
    "(losing strength|lost strength|losing power|lost power|loss of strength|loss of power|cant lift|cannot lift|cant raise|struggle to lift|drags|dragging|drag|slaps|slapping|scuffs|scuffing|flops|weak|weakness|weaker|floppier|draggier|giving way|give way|gave way|gives way|given way|buckling|buckle|buckled|floppy|wont hold me|cant hold me up|wont hold me up|no strength|lost strength|no power)",
    // Barely able to: "I can barely lift the front of the foot", "hardly push off".
    "(can barely|can hardly|could barely|could hardly|barely|hardly) (lift|raise|move|pick up|pull up|hold up|push off|stand on|bear weight on|take weight on|point|flex|bend)",
    "(useless|not holding me|barely holding me|hardly holding me|wont take my weight|not taking my weight|cant take my weight|switching off|switched off|switches off|giving out|gave out|gives out|given out|wont push off|cant push off)",
    // A leg that does not bear the patient or folds under them: "doesn't hold me", "won't support me", "folds up".
    "(doesnt|dont|didnt|wont|wouldnt|cant|cannot|couldnt|isnt|not|never) [really|always|quite|properly|fully|even|reliably] (hold|support|carry|bear) me [up]",
    "(doesnt|dont|didnt|wont|wouldnt|cant|cannot|couldnt) [really|always|properly|fully|even] (take|bear|hold) my weight",
    // Neither leg bears the patient: "neither leg will hold me up properly", "neither of my legs can take my weight"
    // (both legs weak; "neither leg is weak" denies instead).
    "neither (leg|foot|of my legs|of them) [really|properly] (will|would|can|could|wants to|seems to|feels like it will) [properly] (hold|support|take) (me|my weight)",
    // Found weak against a hand or a wall, the part tested said before or inside ("tested both big toes and couldn't
    // push either against my hand", "can't push either big toe up against my hand", "both feet won't press against
    // the wall").
    "(wont|cant|couldnt|wouldnt|didnt|doesnt|dont|cannot|unable to|not able to) [properly|really] (push|press|lift|hold) [up|down|back] against",
    "(cant|couldnt|cannot|wont|wouldnt|unable to|not able to|can barely|could barely) (push|press|lift|hold) (it|them|either|either one|either of them|both|both of them) [up|down|back] against",
    "(cant|couldnt|cannot|wont|wouldnt|unable to|not able to|can barely|could barely) (push|press|lift|hold) (either|both|both my|my) [big] (toe|toes|foot|feet|ankle|ankles) [up|down|back] against",
    // Neither one able to: "neither foot will lift", "neither big toe would push against my hand", "neither would".
    "neither [foot|leg|ankle|toe|big toe|of my feet|of my legs|of my toes|of them|one] (will|would|can|could) [properly|really] (lift|come up|push|press|raise)",
    "(folding|folds|folded|fold|crumpling|crumples|crumpled|crumple) (under me|up under me|beneath me|underneath me|up)",
    // A leg that went out from under the patient: "my left leg has just gone from under me on the stairs".
    "(went|gone|go|goes|going|shot|slid) [out|right out] (from under me|from underneath me|from beneath me)",
    // Starting to give way: "now the knee is starting to give", "it keeps giving".
    "(starting to|started to|beginning to|begun to|begins to|starts to|keeps|kept) (give|giving) [way|out|a bit]",
    "(barely|hardly|cant|cannot|couldnt) put [any] weight (on|through)",
    // A leg or foot that will not bear the patient: "can't even stand on it properly", "unable to walk on that leg".
    "(cant|cannot|can not|unable to|not able to|can no longer|no longer able to) [even|properly|really] (stand|walk|balance|bear weight|take weight|put weight) (on|through) (it|that leg|that foot|that side|my leg|my foot|the leg|the foot|this leg|this foot)",
    // The strength itself not there, told with its negation: "my leg just hasn't got the strength it had", "the power
    // isn't there any more", "not much strength in it".
    "(hasnt|havent|doesnt|dont|didnt|has not|have not|does not|do not|not) [really|quite|even|just|got] (got|have|had|get) (the|any|much|its|my|enough|full|as much|the same|much of) (strength|power|oomph)",
    "(not|hardly|barely|little|zero) (much|any) (strength|power)",
    "(less|less and less|hardly any|barely any|very little|not enough) (strength|power)",
    "(strength|power) in (my|the|that|this) [left|right|bad|weak|good] (leg|foot|ankle|calf|thigh|knee|legs|feet) (isnt|is not|wasnt|was not|aint|is no longer|just isnt|has gone|is going|is gone|has disappeared|is disappearing|is draining|is fading|is leaving|is vanishing|is ebbing|is slipping)",
    "(strength|power) (isnt|is not|wasnt|was not|not|aint|is no longer|just isnt|just is not) [really|quite|all] (there|back|the same|what it was|what it used to be|what it should be|right)",
    "(strength|power) (has gone|has disappeared|disappeared|is disappearing|is going|is gone|has vanished|vanished|is vanishing|has drained|has drained away|has left|is draining|is leaving|is fading|is ebbing|is slipping)",
    // Part of the strength lost, told with how much: "the GP said I've lost some strength in my right foot", "lost a
    // bit of power in my left leg", "my foot has lost some of its strength" (not "lose": "worried I'd lose some").
    "(lost|losing|loses) (some|a bit of|a little|a little bit of|a lot of|lots of|loads of|a fair bit of|quite a bit of|a chunk of|much of|most of|half|half of|all|all of|some of) [my|the|its|their|his|her] (strength|power)",
  ],
  /**
   * Words that say the patient still feels something after a session without naming pain ("still feeling it",
   * "my back was in a foul mood", "the reaction after the mobilisation"): something to time, so that how long it
   * lasted and which way it is going count (read only as `painMentioned`, never as a finding of their own).
   */
  "sym-felt": [
    "(still|was|been|am|is) feeling it",
    // "I can still feel Monday's session in my back", "i still feel it when I bend": the session still felt. (A
    // possessive day reads as the day: "Monday's" is corrected to "monday", so no "mondays" here.)
    "still (feel|feeling|notice|noticing) (it|them|that|this|the (session|workout|class|exercises|physio|pt|effects)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|the last|this week|last week|that|my) (session|workout|class|exercises|physio|pt))",
    "(in a foul mood|in a bad mood|in a mood|grumpy|cranky|angry|unhappy|not happy|complaining|protesting|barking)",
    "(reaction|flare up|flare-up|flareup|flair up|flair-up|flairup|flared up)",
    // Pain told by a picture of a blow: "felt like I'd been kicked by a horse", "like I'd been hit by a bus".
    // The pain told only by how bad it was, or how mild it is now: "day 5 post session. was bad, now mild".
    // (a comma ends a cue, so each half is its own: "was bad" and "now mild")
    "(was|been|it was|its been|it has been) [really|very|pretty|quite] (bad|rough|awful|terrible|horrible|grim)",
    "(now|today|this morning) [its|it is|just|only] (mild|milder)",
    "(kicked by a (horse|mule|donkey)|hit by a (bus|truck|lorry|train|car)|run over by a (bus|truck|lorry|train|car)|beaten up|been in a fight)",
  ],
  /** Pain words (not soreness: sore, achy legs after squats are muscle soreness). */
  "sym-pain": [
    "(pain|pains|painful|hurts|hurt|hurting|sciatica|shooting|burning|nerve pain|electric|stabbing|sharp)",
    "(stabby|jabbing|hot wire|hot poker|hot knife|like a knife)",
  ],
  /** Shaky legs: fatigue when it passes quickly, otherwise a two-leg warning sign. */
  "sym-wobbly": ["(wobbly|shaky|jelly|like jelly|trembly|trembling|unsteady|wonky)"],
  /** Not really a negation ("not sure", "no idea"). */
  "pseudo-neg": [
    "(not sure|no idea|not only|not just|no doubt|not certain|dont know if|dont know whether|no matter|not that bad|not too bad|not so bad|never mind|nothing much|cant tell if|not a big deal)",
    // "a bit achy, nothing major": how bad, not a denial of what follows.
    "(nothing major|nothing serious|nothing too bad|nothing dramatic|nothing drastic|nothing to worry about|nothing terrible|nothing awful)",
    "(not worried|not too worried|not that worried|not really worried|not overly worried|not concerned|not too concerned|not bothered|not panicking|not fussed|not a problem for me|dont want to worry|dont want to make a fuss|not to make a fuss)",
    // Courtesies and asides: "no worries doctor, from yesterday both my leg is weak" denies nothing after it.
    "(no worries|no worry|not to worry|no rush|no hurry|no offence|no offense|no joke|no kidding)",
    // The second half of a choice, not a denial: "couldn't tell if I was going or not, no feeling down there".
    "(or not|whether or not|or no|or nothing)",
    // What the patient did not expect, or did not say before, is what they go on to tell: "what I didn't expect is
    // that there's a numb feeling between my legs", "the thing I didn't mention last time".
    "(didnt|did not|hadnt|had not|wasnt|was not|never) (expect|expected|expecting|anticipate|anticipated|see coming|see that coming|see it coming)",
    "(what|thing|things|something|one thing|bit|part) (i|we) (didnt|did not|never|forgot to|havent|have not|hadnt) [yet] (mention|mentioned|say|said|tell you|told you|tell her|tell him|tell them|get to|put|write|wrote|report|reported)",
    // Courtesies of not wanting to be a bother: "I didn't want to bother you but ...", "don't want to panic".
    "(didnt|did not|dont|do not|never) (want|wanted|mean|meant) to (bother|worry|trouble|alarm|panic|overreact|pester|nag|fuss|make a fuss|make a big deal|waste your time|be a nuisance|be dramatic|sound dramatic|moan|complain)",
  ],
  /** Bladder words that need a problem word to make a finding. */
  "fn-bladder": [
    "(pee|peeing|wee|weeing|urine|urinate|urinating|bladder|stream|waterworks|pass water|passing water|peed|weed)",
  ],
  "fn-bowel": ["(poo|pooing|bowels|bowel|number twos|opening my bowels)"],
  /** Body functions a patient says are normal ("go to the toilet normally"). */
  "fn-toilet": ["(toilet|loo|bathroom|toilet stuff|going to the toilet)"],
  /**
   * A leg's ability told as there earlier and gone later the same day, read in `lost-by-later.ts`: "this morning I
   * could lift my left foot fine, by lunch I can't", "at 9 I could still walk to the shop, now I can't".
   */
  "could-earlier": [
    "(i could|could still|i could still|i was able to|was still able to|could easily)",
  ],
  "cant-later": [
    "(by|at|around|come) (lunch|lunchtime|teatime|dinner|dinnertime|the afternoon|this afternoon|the evening|this evening|tonight|bedtime|midday|noon|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm) [i] (cant|cannot|couldnt|can not|could not|can no longer|wasnt able to)",
    "(and|but) now [i] (cant|cannot|can not|can no longer)",
    // Hardly managing it now: "and now I can barely get up them", "by teatime I could hardly lift it".
    "(and|but) now [i] (can barely|can hardly|can only just|can just about|am struggling to|im struggling to|struggle to)",
    "(by|at|around|come) (lunch|lunchtime|teatime|dinner|dinnertime|the afternoon|this afternoon|the evening|this evening|tonight|bedtime|midday|noon|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm) [i] (can barely|can hardly|could barely|could hardly|can only just|could only just|was struggling to|am struggling to|im struggling to)",
  ],
  /**
   * A shock of nerve pain in lay words ("zingers", "zaps", "jolts", "twangs", "lightning"), read in
   * `shock-down-leg.ts` as pain shooting down one leg when it is told going down to a place of the leg.
   */
  "shock-word": [
    "(zinger|zingers|zing|zings|zinging|zingy|zap|zaps|zapping|zappy|jolt|jolts|jolting|shock|shocks|electric shocks|electric shock|lightning|lightning bolt|lightning bolts|bolt|bolts|twang|twangs|twanging|twangy|electricity|electric)",
  ],
  /**
   * The patient taking back what they just wrote ("- actually no, scratch that, I mean ...", "- sorry, I mean down
   * my right leg", "- no wait, that was my first session"): read in `retracted.ts`.
   */
  retraction: [
    "(no wait|scratch that|strike that|ignore that|sorry i mean|sorry i meant|sorry what i meant|i meant to say|what i meant was|let me correct that|correction|actually no|no actually|sorry no|no sorry|oops i mean|oops i meant|my mistake|my bad i mean|wait no)",
  ],
  /** "I mean", a retraction only after "sorry", "no" or "oops" ("- sorry, I mean down my right leg"). */
  "i-mean": ["(i mean|i meant|i meant to say)"],
  /** An accident, read in `unfelt-accident.ts` as a bladder or bowel one when it is told as such. */
  accident: ["(accident|accidents)"],
  /**
   * Not felt coming: "didn't even feel it coming", "never knew it was happening", "no warning" (read only beside an
   * accident).
   */
  unfelt: [
    "(didnt|did not|never|couldnt|dont|cant) [even|really] (feel|notice|noticed|know|knew|realise|realised|realize|realized) (it coming|it happening|it happen|anything coming|a thing|until|till)",
    // Not felt as a need to go: "I didn't feel that I needed to go at all", "never knew I had to go".
    "(didnt|did not|never|couldnt|dont|cant) [even|really] (feel|notice|noticed|know|knew|realise|realised|realize|realized) [that|like] i (needed|need|had|have|was going) to (go|pee|wee|poo|poop)",
    "(didnt|did not|never|dont) [even|really] (feel|felt|get|got|have|had|notice|noticed) (the|any|an) (need|urge) [to go]",
    "(no|without|without any|with no|zero) (warning|urge|feeling|sensation)",
    "out of (nowhere|the blue)",
  ],
  "fn-breathing": ["(breathing|breath|breathe)"],
  "fn-legs": ["(legs|leg|feet|foot|strength|legs feel|both legs)"],
  "fn-walking": ["(walk|walking|stand|standing|balance)"],
  "fn-sleep": ["(sleep|sleeping|nights)"],
  "fn-sensation": ["(feeling|sensation|saddle area)"],
  "fn-temperature": ["(temp|temperature|fever|fevers|feverish)"],
  /** Feeling, said to be normal in an answer ("I can feel it fine"). Read in `deny-asked-about.ts`. */
  "fn-feel": ["(feel|feeling|sensation|feel it|feel everything|feel touch)"],
  /** Problem words that make a bladder or bowel word a finding. */
  problem: [
    "(nothing came out|nothing comes out|wont come|wont start|cant start|hard to start|cant|cannot|couldnt|unable|not able|havent been able|hasnt been able|trouble|difficulty|difficult|hard|harder|struggle|struggling|push|pushing|strain|straining|weak|slow|stop start|leak|leaking|leaked|leaks|dribble|dribbling|accident|accidents|wet|soiled|no control|lost control|control|numb|dont know when|didnt know|no urge|not empty|not emptying|hold it|retention)",
  ],
  /** Pain getting better. */
  "trend-better": [
    "(easing|eased|eases|ease off|easing off|eased off|better|improving|improved|improves|settling|settled|settles|settle|fading|faded|calming down|calmed down|going away|went away|gone away|subsiding|subsided|less sore|less painful|lessening|wearing off|wore off|back to normal|back to my usual|back to baseline|back to how it was|back to usual|loosens|loosened|loosen up|fine once|disappeared|disappears|cleared|clears|gone by|getting less)",
    // "back to what it normally is", "back to how it usually feels" (also a return to baseline; not "where it was",
    // which a run-on can tell of something else).
    "back to (what|how) (it|its|it is|they|theyre) [normally|usually|always] (is|are|was|were|feels|felt|be|sits|sat)",
    "back to (what|how) (it|they) (normally|usually|always) (is|are|was|were|feels|felt|sits)",
    // "clearly less", "less than yesterday", "each day a bit less", "not as bad as day 1".
    "(a bit|a little|a lot|much|clearly|definitely|slightly|way|loads|noticeably|far|bit) less",
    "less than (yesterday|before|day 1|day one|the day before|it was|it did|last time|earlier|this morning|at first|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)",
    "less and less",
    // "it still aches a bit, though less", "still tender but less so", "still there but less now".
    "(though|tho|although|albeit|but|if) [a bit|a little|slightly|much|a lot|far] less (so|now|today|tonight|than|sore|painful|tender|achy|stiff|intense|severe|noticeable|bad)",
    "(though|tho|albeit) [a bit|a little|slightly|much|a lot|far] less",
    // "it's gone from annoying to barely noticeable", "went from really sore to just a niggle".
    "from (annoying|sore|painful|bad|nagging|niggly|achy|aching|really sore|very sore|quite sore|pretty sore|really bad|moderate|horrible|awful) to (barely noticeable|hardly noticeable|barely there|hardly there|mild|a niggle|just a niggle|nothing much|almost nothing|next to nothing)",
    // "each day was noticeably easier than the one before"
    "(each|every) day [was|is|has been|got|gets|felt|feels] [a bit|a little|noticeably|slightly|much|a lot|clearly] easier than the (one|day) before",
    // "each day was less than the last", "every day a bit better than the one before": easing day on day.
    "(each|every) day [was|is|has been|got|gets|felt|feels|it was|it is|its been] [a bit|a little|noticeably|slightly|much|a lot|clearly] (less|lower|easier|better|milder|lighter) [sore|painful|achy|stiff] than the (last|last one|one before|day before|previous|previous one|previous day|prior day)",
    // "less each day", "down from 6 on day 2", "calmed to 3", "today barely there".
    "(less|lower|easier|milder|better) (each|every|by the|day by) (day|morning|time)",
    "(each|every) day [a bit|a little|slightly] less",
    // Reducing or decreasing, told of "it": "every day it is reducing", "it's decreasing day by day".
    "(each|every) (day|morning) (it is|its|it s|it|is|it keeps|it has been) [slowly|steadily|gradually|a bit|a little|more] (reducing|decreasing|diminishing|lessening|getting lower)",
    "(it is|its|it s|is|it keeps|keeps|it has been|has been|been) [slowly|steadily|gradually|a bit|a little] (reducing|decreasing|diminishing|lessening) [every day|each day|day by day|by the day|daily]",
    "(reducing|decreasing|diminishing) (every day|each day|day by day|by the day|daily)",
    // "today very less", "today much less": told of the day, less than before.
    "today [it is|its|it s|is] (very|much|far|a lot|so) less",
    // Stiffness easing: "each morning it's looser than the one before", "less stiff than yesterday".
    "(looser|less stiff|less tight) than (yesterday|the day before|the one before|the morning before|before|at first|it was|last time|the previous day)",
    "(looser|less stiff) (each|every|by the) (day|morning)",
    "(each|every) (morning|day) (its|it is|it s|it feels|i feel|im|i am|feels|is) [a bit|a little|slightly|noticeably|much|a lot] (looser|less stiff)",
    "(each|every) day [a bit|a little|slightly] (looser|less stiff)",
    "(each|every) day (its|it is|it gets|it feels|it s|theres|there is|it has been|its been) [a bit|a little|slightly|a notch|a touch|a tad|a smidge|somewhat|noticeably] (less|lower|easier|better|milder)",
    // "a notch lower than the day before", "easier than yesterday": lower than the day before is easing.
    "(lower|easier|milder|lighter|gentler) than (yesterday|the day before|the previous day|the one before|before|day 1|day one|it was|last time|earlier|this morning|at first|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)",
    // "getting easier by the day", "easier every day", "resolving": a soreness on its way out.
    "(getting|got|gets|feeling|feels|becoming) (easier|milder)",
    "easier (by the day|each day|every day|day by day|each morning|every morning)",
    "(resolving|resolves|resolved)",
    // "sore still but nothing like the weekend": far less than it was (its "nothing" denies nothing).
    "nothing like (the weekend|yesterday|it was|before|the first day|day 1|day one|day 2|day two|the day after|last night|this morning|at first|as bad|as sore|as painful|as stiff|as achy|as much|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "(down|dropped|come down|came down|gone down|went down) from",
    "(calmed|calmed down|came down|come down|dropped|dropped back|settled|settled down|eased|eased off|went back down|gone back down) to",
    "(today|now) (barely|hardly) (there|noticeable)",
    "not as (bad|sore|painful|strong|intense|achy|stiff|tender) as (yesterday|before|it was|day 1|day one|at first|the day before|last time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)",
    "(calming|calmed|calms|dying|died|quietening|quietened) down",
    // "it's loosening off nicely", "today half as bad", "today I barely notice it".
    "(loosening|loosened) [off|up]",
    "(half|twice) as (bad|sore|painful|stiff|achy)",
    "(barely|hardly) notice it",
    // "nearly gone", "half what it was", "trending down": a soreness that is going.
    "(nearly|almost|mostly|pretty much|practically|virtually|just about|basically|all but|more or less) (gone|disappeared|cleared|settled|back to normal)",
    "(half|a third|a quarter|a fraction) (of|) what it was",
    "(trending|heading|going|ticking) (down|downwards|in the right direction)",
    // "on the mend", "trending the right way", "way down on the weekend", "a shadow of what it was", "getting there".
    "on the mend",
    "(trending|heading|going|moving|ticking) the right way",
    "(its|it is|its been|it has been|its come|it has come|its gone|it has gone|is|has come|has gone|come|gone) (way|well|a lot|loads|right) down",
    "(a shadow|a fraction) of (what|how) it was",
    "(but|and|slowly|definitely|gradually) getting there",
    // "Definitely heading the right way", "on the way out", "on the mend": a soreness that is going.
    "(heading|going|moving|trending|going in) the right (way|direction)",
    "(on the|on its|on their) way out",
    // "still a bit there but definitely going", "slowly fading": a soreness that is going (not "going to", see
    // `isFutureTrend`).
    "(but|and|its|it is|thats|its definitely|it is definitely) (definitely|def|defo|clearly|surely|slowly|steadily|gradually) (going|fading|leaving|disappearing|shrinking)",
    "(definitely|def|defo|clearly|surely|slowly|steadily|gradually) (fading|disappearing|shrinking)",
    // "about half yesterday's", "half of what it was yesterday": down by half since.
    // ("yesterday's" is read as "yesterday")
    "[about|around|maybe|roughly|only|like] half (yesterday|of yesterday|what it was yesterday|of what it was|last night|this morning)",
    // "definitely coming down", "coming down nicely": a score or an ache going down (not "coming down my leg").
    "(definitely|slowly|steadily|gradually|finally|already|clearly|def|defo|surely) (coming|going|come|gone|came|went) down",
    "(coming|going|come|gone|came|went) down (nicely|steadily|gradually|day by day|each day|every day|bit by bit)",
    // What is left now told as only a little of it: "today wed its just a bit bruisy", "now only slightly tender"
    // (after a soreness of an earlier day, an easing; told alone it moves nothing).
    "(today|now|this morning|this afternoon|tonight|this evening) [mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday] [its|it is|it s|theres|there is|im|i am|it feels|feels] (just|only) (a bit|a little|a little bit|slightly|a touch|a tad|mildly|a wee bit) (bruisy|bruised|tender|sore|achy|stiff|sensitive|tight|niggly)",
    // A later day named alone: "tuesday still sore, wed just a bit bruisy" (only an easing after a standstill).
    "(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday) [its|it is|it s|theres|there is|it was|it felt|was] (just|only) (a bit|a little|a little bit|slightly|a touch|a tad|mildly|a wee bit) (bruisy|bruised|tender|sore|achy|stiff|sensitive|tight|niggly)",
  ],
  /** Pain not changing. */
  "trend-same": [
    "still [just] [as|really|quite|very|so|pretty|just as|as bad and] (sore|painful|achy|aching|bad|hurting|stiff|tender|there|the same|hurts|sore as)",
    // Still more than it should be ("still more tender than normal", "still a bit more sore than usual").
    "still [a bit|a little|slightly|quite a bit|a lot|much|way|noticeably] (more|higher) (sore|painful|achy|stiff|tender|than)",
    // Still at the level it reached ("still at that peak", "stuck on the same level", "still sitting at the top").
    "(still|stuck|sitting|sat|staying|stayed) [up|right|stuck|sitting] (at|on|around|near) (that|the|its|this|my) [same|highest|worst|peak] (peak|level|worst|number|score)",
    "(still|stuck|sitting|staying|stayed) [right] (at|on|around|near) (the same|its peak|the peak|its worst|the worst|its highest)",
    "stuck (on|at) (a|an|0|1|2|3|4|5|6|7|8|9|10|one|two|three|four|five|six|seven|eight|nine|ten|the same|that|this|it)",
    // Not come down: "the ache still hasn't come down at all", "it isn't going down".
    "(hasnt|has not|havent|have not|isnt|is not|not|wont|will not|doesnt|does not|didnt|did not|never) [really|even|yet] (come|gone|going|coming|go|gotten|got|came) [back] down",
    // Not reducing: "the pain is not reducing at all", "it hasn't decreased".
    "(hasnt|has not|havent|have not|isnt|is not|not|wont|will not|doesnt|does not|didnt|did not|never) [really|even|yet|at all] (reducing|reduce|reduced|decreasing|decrease|decreased|diminishing|diminished|lessening)",
    "(isnt|is not|not|hasnt been|havent been|doesnt seem to be|dont seem to be) (helping|working)",
    // "the exercises haven't helped in 6 weeks", "physio has made no difference".
    "(hasnt|havent|has not|have not|hasnt really|havent really|didnt|did not) (helped|worked|made a difference|made any difference|done anything|done much)",
    "(made|makes|making) (no|zero|little) difference",
    "(hurts|aches|hurting|aching|sore|painful|bad|stiff) [just] as (much|bad|badly|sore|painful|strongly) [as (ever|before|it was|it did|day one|the first day)]",
    "just as (much|bad|sore|painful|stiff) as (ever|before|it was|it did|day one|the first day)",
    "as (bad|sore|painful|stiff) as (ever|before|it was|day one|the first day)",
    "[just] as (bad|sore|painful|stiff|achy|tender|much|strongly|badly) as [on] (day (1|2|3|one|two|three)|yesterday|the day after|at the start|at first|the first day|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "no different",
    // Where it was: "the ache is exactly where it was", "still right where it was on Tuesday", "it's at the same place".
    "(exactly|just|still|right|pretty much|more or less|basically) [right] where it (was|has been|started)",
    // "just as bad now, 5 days on"
    "just as (bad|sore|painful|stiff|achy|tender) [right] (now|today|this morning)",
    "(isnt|not|hasnt|havent) really (changing|changed|improving|improved|getting better|easing|eased|settling|settled)",
    // Staying put: "the ache isn't going anywhere", "it hasn't gone anywhere since Monday".
    "(isnt|is not|not|aint|wont be|hasnt been|doesnt seem to be|dont think its) [really] going anywhere",
    "(hasnt|has not|havent|have not|not) [really] (gone|moved|budged) anywhere",
    // Scots "no" for "not": "it's no shifted at all", "it's no budged", "no easing off".
    "(its|it is|it has|its|thats|has|it) no (shifted|budged|moved|eased|improved|changed|settled|easing|shifting|budging|improving|getting better|any better)",
    "(same|unchanged|hasnt budged|has not budged|not budged|wont budge|not budging|not shifting|hasnt shifted|wont shift|no better|not getting any better|isnt getting any better|hasnt got any better|not any different|not better|not any better|not improving|not improved|hasnt improved|has not improved|havent improved|hasnt got better|not getting better|isnt getting better|isnt improving|isnt changing|not changing|not really changing|hasnt changed|no change|no improvement|not easing|isnt easing|hasnt eased|not settling|hasnt settled|wont go away|not going away|hasnt gone|still there|still sore|still hurts|still hurting|still painful|still aching|still as bad|still the same|plateaued|stuck at)",
  ],
  /** Words after a score that say it stood still ("a 3 every single day", "a steady five the entire time"). */
  "steady-time": [
    "(every|each) [single] (day|morning|evening|night)",
    "(the|this) (entire|whole) (time|week|while)",
    "(all|all of the|all this|all last) week",
    "(day after day|day in day out|daily|since then|ever since|without change|without budging|no matter what)",
  ],
  /** Pain getting worse. */
  "trend-worse": [
    "(worse|weaker|much weaker|worsening|getting worse|got worse|gets worse|increasing|increased|more painful|sorer|more sore|intensifying|escalating|going up|spreading|building|climbing|still rising|keeps rising|creeping up)",
    "(was|were) (only|just) (a bit|a little|slightly|mildly|a tiny bit) (weak|numb|floppy|tingly|heavy|dragging) (yesterday|before|earlier|this morning|last night|last week|at first)",
    // "gone from mild to really sore" (the other way from "from annoying to barely noticeable").
    // "it's going the wrong way", "heading in the wrong direction": the other way from "going the right way".
    "(going|heading|moving|trending|ticking|going in|heading in|moving in) the wrong (way|direction)",
    "from (mild|a niggle|just a niggle|barely there|barely noticeable|hardly there|nothing|a bit sore|slightly sore) to (sore|really sore|very sore|quite sore|pretty sore|painful|really painful|bad|really bad|moderate|severe|annoying)",
  ],
  /** Symptoms settling within minutes of rest or a change of position. */
  settle: [
    "(goes away|went away|go away|gone away|its gone|then gone|gone now|gone after|gone in|gone within|was gone|had gone|all gone|disappears|disappeared|settles|settled|settle|clears|cleared|fades|faded|eases|eased|subsides|subsided|stops|stopped|passes|passed)",
    "(within a minute|within minutes|within seconds|in a minute|in minutes|after a minute|after a few minutes|for a minute|for a few minutes|for a couple of minutes|for a couple minutes|for a couple mins|a couple mins|a few mins|for a few seconds|for a second|for seconds|briefly|momentarily|only during|only while|then its gone|then it goes|when i stop|once i stop|when i rest|with rest|when i change position|changing position|if i move|when i move|when i stand up|after stopping|of stopping|as soon as i stop|as soon as i stopped|as soon as i rest)",
  ],
  /**
   * A spell of seconds or a few minutes ("30 seconds", "for a couple of minutes", "a minute or two"): told of a
   * tingle, how long it lasted. Kept apart from `settle`, which also answers pain ("held it for 30 seconds" says
   * nothing of a pain settling).
   */
  "brief-spell": [
    "[for|lasted|lasting|lasts|all of|only|just|barely] [about|around|maybe|like|roughly|only|just|under|less than|no more than|a good|barely] (1|2|3|4|5|6|7|8|9|10|15|20|25|30|40|45|50|60|90|ten|fifteen|twenty|thirty|forty|a few|a couple of|a couple|few|couple of) (seconds|secs|sec|second)",
    "[for|lasted|lasting|lasts|all of|only|just|barely] [about|around|maybe|like|roughly|only|just|under|less than|no more than|a good|barely] (1|2|3|4|5|one|two|three|four|five|a few|a couple of|a couple|couple of) (minutes|mins|minute|min)",
    // A spell told as a range: "lasted maybe 1-2 min", "for about 3-4 minutes", "2 or 3 minutes", "10-20 seconds".
    "[for|lasted|lasting|lasts|only|just|barely] [about|around|maybe|like|roughly|only|just] (1|2|3|4|one|two|three|four) [-|to|or] (2|3|4|5|two|three|four|five) (minutes|mins|minute|min)",
    "[for|lasted|lasting|lasts|only|just|barely] [about|around|maybe|like|roughly|only|just] (5|10|15|20|30|ten|twenty|thirty) [-|to|or] (10|15|20|30|40|45|60|twenty|thirty|sixty) (seconds|secs|sec)",
    "(for|about|around|only|just|lasted|lasting|lasts|barely) [about|around|only|just|maybe|like] (a minute|a moment|a few moments|a split second|a sec|a second or two|a minute or two|a minute or so|a couple of moments)",
  ],
  /** Fully recovered (used for tired legs after exercise). */
  recovered: [
    "(recovered|fully recovered|back to normal|fine after|fine within|fine again|fine now|normal again|passed|went away|gone|within an hour|after an hour|in an hour|after a rest|after resting)",
    "(passes|pass|wears off|wore off|settles|settled|settled down|calmed down|calms down|goes off|went|passed|eased|eased off) (in|within|after) (a few|a couple of|a couple|a|5|10|15|20|few|couple|five|ten|fifteen|twenty) (minutes|mins|min|minute|moments|moment)",
    "(everything|it all|they|it) (settled|calmed down|recovered)",
    // "within the hour I was walking round the shops", "after half an hour or so".
    "(within|in|after) (the hour|half an hour|about an hour|around an hour|an hour or so|the next hour)",
    // A spell told and then its end: "for about half an hour ..., then totally fine", "for 10 minutes, then fine".
    "[and] then [totally|completely|perfectly|absolutely|all|back to] (fine|normal|ok|okay)",
    // Fine from then on: "they've been fine since", "ok ever since", "no problems since then".
    "(fine|ok|okay|normal|grand|good|alright|all right) [ever] since [then]",
    // Fine some time later: "totally fine an hour later", "back to normal 20 mins later", "ok an hr after".
    "(fine|ok|okay|normal|grand|good|alright|all right) (an|a|one|1|half an|a half) (hour|hr) (later|after)",
    "(fine|ok|okay|normal|grand|good|alright|all right) (a few|a couple of|a couple|few|couple|5|10|15|20|30|five|ten|fifteen|twenty|thirty) (minutes|mins|min) (later|after)",
    "(within|in|after) (an|1|one) hr",
    "(no problem|no problems|no issues|no bother|no trouble) [with them|with it] [ever] since [then]",
    // Walking off as usual: "then walked home completely normally", "drove back fine", "walked out no problem".
    "(walked|walk|walking|drove|drive|driving|cycled|cycling|got) (home|out|back|off|away) [of|from] [the] [gym|clinic|class|studio|session|pool|building] [completely|totally|perfectly|absolutely|quite|pretty|just] [much] (normally|normal|fine|ok|okay|no problem)",
  ],
  /** Minutes that, followed by a normal state, tell a recovery ("after about 20 min ... they were totally normal"). */
  "recovery-time": [
    "(after|within|in) [about|around|roughly|maybe] (a few|a couple of|a couple|5|10|15|20|30|five|ten|fifteen|twenty|thirty) (min|mins|minutes)",
    // Told as how much later: "20 mins later I was totally fine", "half an hour later they were normal".
    "[about|around|roughly|maybe|like|only|just|bout] (a few|a couple of|a couple|5|10|15|20|25|30|40|45|five|ten|fifteen|twenty|thirty|forty five) (min|mins|minutes) later",
    "(after|within|in) [about|around|roughly|maybe|like|bout] half an hour",
    "[about|around|roughly|maybe|like|only|just|bout] (half an hour|an hour) later",
  ],
  /** Still there later on (not settled). */
  still: [
    "(still|persisting|persisted|persists|hasnt settled|didnt settle|did not settle|as well)",
    // (kept for a pain that stayed after the patient stopped: "when I stopped it just stayed at 5")
    "(stayed|stays|remained|remains) (at|up|there|the same|high|like that)",
  ],
  /** The next morning (the pain-monitoring model's check point). */
  morning: [
    // "still way up on Wednesday morning" (after Tuesday's session).
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) morning",
    "(this morning|next morning|the next morning|by morning|in the morning|by breakfast|at breakfast|overnight|when i woke up|when i got up|on waking|by the next day|the next day|next day|woke up|waking up|woken up|wake up|wakes up)",
    // "by the morning", "the morning after", "the following morning", "first thing the next day".
    "(by the morning|the morning after|morning after|the following morning|following morning|the morning after the session|first thing)",
    // "Normally I wake at a 1", "woke with it at a 5".
    "(wake|woke|waking|woken) (at|with)",
    // Later than the next morning: not back then either ("3 before the session, it's 5 two days later").
    "(a|one|two|three|four|a few|a couple of|couple of|2|3|4) days (later|after|on)",
  ],
  /** Higher than before the session, or than usual ("still higher than before the session"). */
  "above-baseline": [
    "(still|even|was|is|its|stayed|stays|remained|been) [felt|feels|feel|seems|seemed|feeling] (higher|worse|sorer|more sore|more painful|up) than (before|it was before|before the session|before my session|before physio|before pt|usual|normal|my usual|my normal|it normally is|it usually is)",
  ],
  /**
   * As high the next morning as the evening before or straight after the session: "woke up just as sore as when I
   * went to bed", "still where I was straight after", "no better than last night" (read with a morning word).
   */
  "as-then": [
    "(just|every bit|still|exactly|about|pretty much|just about) as [stiff and|sore and|achy and|tight and|painful and|bad and|stiff or|sore or] (sore|bad|painful|stiff|achy|tender|tight|high|strong|much) as (when i went to bed|i was when i went to bed|it was when i went to bed|last night|the night before|before bed|after the session|after the exercises|straight after|right after|it was last night|i was last night|it was after|i was after|it was straight after|i was straight after)",
    "(still|just|exactly|right) (where|what|how) (i|it) (was|were|did) [straight|right|just|immediately] (after|afterwards|last night|the night before|before bed|when i went to bed|at the end)",
    "no (better|lower|different) than (last night|straight after|right after|after the session|before bed|when i went to bed)",
  ],
  /** The patient stopping the exercise ("even though I stopped", "after stopping"). */
  "after-stopping": [
    "(after|when|once|even though|though|although|despite|even after|since|even when) i (stopped|stop|had stopped|rested|rest|finished|finish|had finished)",
    "(after|despite|even after) (stopping|resting|finishing)",
    // Told in the perfect or long after: "after I've finished", "long after I stop".
    "(after|when|once|even though|though|although|despite|even after|since|long after|well after) (ive|i have|id|i had) (stopped|finished|rested)",
    "(long|well) after i (stop|stopped|finish|finished)",
    // The stop told as what the patient did next: "... during the deadbugs and I stopped, but", "I stopped and".
    "(and|so|then|until) (i|we) (stopped|had to stop)",
    "(i|we) (stopped|had to stop) (and|but)",
    // Any exercise named after the stop: "I stopped the squats and", "had to stop them".
    "(i|we) (stopped|had to stop|quit) (the|those|these|them|it)",
    // "Stopped the exercise when it started hurting but ...", "I had to stop the set".
    "(stopped|stop|i stopped|i had to stop|had to stop|i stop) (the|that|this|my|those|these) (exercise|exercises|set|sets|session|workout|stretch|stretches|reps|routine|movement)",
  ],
  /** Back to the usual level. */
  baseline: [
    "(back to normal|back to my usual|back to baseline|back to usual|back to how it was|back to where it was|back to my normal|settled|settled down|gone by|all gone|completely gone|fine by|fine the next)",
    "(dropped|went|go|gone|goes|come|came|settled) [right|straight] back down",
    // "back down to my usual within a few minutes".
    "back down to (my usual|usual|normal|my normal|baseline|my baseline|where it was)",
    // "by Tuesday evening it was back to what it normally is", "back to how it usually feels".
    "back to (what|how|where) (it|its|it is|they|theyre) [normally|usually|always] (is|are|was|were|feels|felt|be|sits|sat)",
    "back to (what|how|where) (it|they) (normally|usually|always) (is|are|was|were|feels|felt|sits)",
    // "next morning I'm back at my normal 2".
    "back at (my usual|usual|normal|my normal|baseline|my baseline|where it was)",
    "dropped [right|straight] back",
    "(woke up|woke|got up) [feeling] (normal|fine|ok|okay|back to normal)",
    // "woke up Saturday feeling completely fine", "woke up the next day totally fine".
    "(woke up|woke|got up) [on] (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the next day|next day|the next morning|next morning|this morning) [feeling] [completely|totally|absolutely|perfectly] (normal|fine|ok|okay|back to normal)",
    "(woke up|woke|got up) [feeling] (completely|totally|absolutely|perfectly) (normal|fine|ok|okay)",
  ],
  /** Spinal surgery or procedure (a risk factor for infection and clots). */
  surgery: [
    "(spine|spinal|back|lumbar|disc|disk) (surgery|operation|op|procedure|injection|fusion)",
    "(discectomy|microdiscectomy|laminectomy|decompression|spinal fusion|epidural|epidural injection|facet injection|nerve root injection|my operation|my surgery|my op)",
    // Injections into the spine: "the nerve root block", "a facet joint injection", "radiofrequency ablation".
    "(nerve root|root|facet|facet joint|medial branch|epidural|spinal) (block|blocks|injection|injections)",
    "(steroid|cortisone) (injection|injections|jab) (in|into) (my|the) (back|spine|lower back)",
    "(radiofrequency|rf) (ablation|denervation|lesioning)",
    "(surgery|operation|op) on my (back|spine|disc)",
    "(surgery|operation|op) on (the|my|his|her) (back|spine|lower back|lumbar spine|discs)",
    "(surgery|operation|op) on (back|spine|lower back)",
    // "had his fusion 10 days ago": the operation named by what it did.
    "(my|his|her|the) fusion",
    // "Fusion was 3 weeks ago", "since the fusion", "had a fusion in March".
    "fusion (was|surgery|operation|op|done|on)",
    "(had|since|after|post|following) [a|the] fusion",
    "(injection site|where they (did|put|gave me) the (injection|needle|jab))",
  ],
  /** A new or harder exercise or treatment. */
  "new-exercise": [
    "(new exercise|new exercises|new stretch|new stretches|new move|new moves|new routine|new programme|new program|added a new|added new|added an|progressed|progression|harder exercises|increased the (weight|weights|reps|load)|more reps|heavier weights|first time doing|new rotation|new step|new step ups|first session|manipulation|manipulated|manip|adjustment|dry needling|needling|needled|acupuncture|mobilisation|mobilization|manual therapy|cracked my back)",
  ],
  /** Hands-on or needle treatment, whose reaction usually settles within about a day. */
  "manual-therapy": [
    "(manipulation|manipulated|manip|manips|adjustment|adjusted|dry needling|needling|needled|acupuncture|mobilisation|mobilization|mobilisations|mobilizations|manual therapy|cracked my back|back cracked|cracked my spine|spinal manipulation)",
    // Thrust manipulation by its clinical names ("HVT thrust to my lumbar spine", "HVLA"), a back cracked by the
    // therapist ("she cracked my lower back"), needles by their names ("the acupuncture needles").
    "(hvt|hvla|hvt thrust|hvla thrust|thrust manipulation|thrust technique|high velocity thrust|high velocity low amplitude|spinal adjustment|chiropractic adjustment|chiro adjustment|trigger point needling|intramuscular stimulation)",
    "(cracked|clicked|popped) my (lower|low|upper|mid|middle) back",
    "(acupuncture|dry needling|dry) needles",
    // Hands-on work by the therapist: "cupping + deep tissue", "the lumbar roll she did", "after the 'crack'".
    "(cupping|cupped|deep tissue|deep tissue massage|sports massage|soft tissue work|soft tissue release|lumbar roll|side lying roll|got cracked|cracked me|clicked my back|my back clicked)",
    "(after|from|since) the ['|\"] (crack|click|cracking)",
    // The treatment by a lay name or its sound, with a vague noun: "had the crack thing done on my back", "after that
    // cracking technique", "that clicking move".
    "(the|that|this|her|his) (crack|cracking|click|clicking|crunch|crunching|crunchy|popping) (thing|thingy|technique|treatment|move|manoeuvre|maneuver|trick)",
    "(had|got|getting) my back (cracked|clicked|popped|manipulated)",
    // Hands-on work told by its kind: "big reaction to the new manual technique", "after the hands-on treatment".
    "(manual|hands on) (technique|techniques|treatment|treatments|work|release|mobs)",
    "(mobs|mobes|joint mobs|spinal mobs|mobilising|mobilizing)",
    // ("pins and needles" is no treatment)
    "(after|with|from|the|her|his|those) needles",
    // Needles by where they went: "needles in my glutes on Monday" ("pins and needles in my foot" is set aside in
    // `text-facts.ts`).
    "needles (in|into) (my|the) (glutes|glute|back|lower back|bum|buttock|buttocks|hamstring|hip|hips|calf|calves|piriformis|quad|quads|neck|shoulder|spine)",
    // "put needles in my lower back", "stuck some needles in", "the needles went in on Monday", "popped my back"
    "(put|stuck|placed|inserted|popped|used) [some|a few|the|a couple of|two|three|four] needles (in|into)",
    "(cracked|clicked|popped) my (back|spine|neck|lower back)",
    // "I had needles in my lower back Wednesday", "got a few needles into my glutes".
    "(had|got) [some|a few|the|a couple of|two|three|four|five|six|more] needles (in|into|put in|stuck in)",
    // Told of the back: "my back was clicked at Wednesday's appointment", "my spine got cracked".
    "(back|spine|neck|lower back|low back) (was|got|were|has been|had been|gets|is) [being] (clicked|cracked|manipulated|adjusted|popped|mobilised|mobilized|needled)",
    // Mobilisations by their clinic slang ("after the mobs on Friday", "lumbar mobs", "she did some mobs"), hands-on
    // work and massage by the therapist ("the joint work", "hands-on treatment", "the massage on Monday").
    "(the|those|these|some|her|his|lumbar|spinal|joint|back|spine|central|grade|pa|more|after|from|since|had|did|got|doing) (mobs|mob)",
    "(mobs|mob) (on|yesterday|today|this|last|at|in|to|were|was|done)",
    "(joint work|joint mobs|manual work|myofascial release|trigger point release|sports massage|remedial massage|spinal mobs)",
    "(the|some|her|his|more) hands on",
    "hands on (treatment|work|therapy|stuff|session|techniques|technique)",
    "soft tissue (work|release|massage|treatment|techniques)",
    "(she|he|they|physio|therapist|pt|chiro|chiropractor|osteo|osteopath) (mobilised|mobilized|mobbed|manipulated|massaged) (my|me|the)",
  ],
  /** Pain described as new or different (with cancer history this needs a doctor). */
  "new-pain": [
    "(new|different|unusual) (pain|back pain|kind of pain|type of pain|ache)",
    // With a word of what it is like between: "a new bad pain", "a different deep ache", "new nasty back pain".
    "(new|different|unusual) (bad|nasty|horrible|awful|deep|deeper|constant|strange|weird|odd|gnawing|boring|throbbing|severe|sharp|stabbing|burning|dull|nagging|grinding) [back|lower back|low back|mid back|upper back] (pain|ache|aching)",
    // Unlike the usual soreness: "not like the muscle stuff", "nothing like my usual exercise soreness", "the back
    // pain has changed".
    "(not|nothing|isnt|is not|doesnt feel|does not feel) like (my|the) [usual|normal] (muscle|muscly|muscular|exercise|gym|physio|pt|post exercise) (stuff|soreness|ache|aches|pain|pains|kind|type|thing)",
    "(pain|ache|it) (has|s|is) (changed|different) (this week|this time|since|now|recently|lately|in the last|over the last|the last)",
    // With a place between: "new mid back pain", "a new lower back ache", "different upper back pain".
    "(new|different|unusual) [sort of|kind of|type of] (mid|middle|lower|low|upper|central|thoracic|rib) [back] (pain|ache|aching)",
    // A new place: "hurting in a new spot", "a different place to my usual".
    "(in|into|a|to) (a new|a different|new|different) (spot|place|area|location|part of my back)",
    // Unlike the usual: "totally different to my normal", "not like my usual pain".
    "(totally|completely|very|quite|really|so) different (to|from|than) (my|the) (normal|usual)",
    "(not|nothing) like my (normal|usual) [back] (pain|ache)",
    // Pain the exercises do not touch: "doesn't change with the exercises at all", "nothing to do with exercise".
    "(doesnt|does not|dont|do not|never) (change|vary|alter) (with|when i do) (the|my|any) (exercises|exercise|movement|moving|activity)",
    "nothing to do with (the|my) (exercise|exercises|training|workouts|sessions|physio)",
    "nothing to do with exercise",
    "(pain|it|this) (is|feels|seems) (new|different|unusual)",
    "never had (this|pain like this|this pain) before",
    // Somewhere else than usual: "higher up than my usual spot", "lower down than it normally is".
    "(higher|lower|further) (up|down) than (my|the) (usual|normal|old|regular) [spot|place|area|pain|one|ache|bit]",
    "(higher|lower|further) (up|down) than (usual|normal|before|it used to be|it usually is|it normally is|where it usually is)",
    "(higher|lower|further up|further down|higher up|lower down) than where (i|it) (normally|usually) (get it|gets it|is|hurts|sits|feel it|get|gets)",
    // Steadily worse (progressive): "it's creeping up", "gradually getting worse", "worse and worse".
    "(creeping|crept|creeps|inching|ratcheting|ramping) up",
    "(slowly|gradually|steadily|progressively) (getting worse|worsening|increasing|building|spreading|creeping|worse)",
    "getting (worse and worse|steadily worse|gradually worse|progressively worse|slowly worse)",
  ],
  /**
   * Called new or different after its subject ("the back pain I've got now is new", "the pain ... is different from
   * my usual"): new pain when a pain word is the subject (read in `text-facts.ts`).
   */
  "called-new": [
    "(is|s|its|feels|seems|was|felt|looks) [brand|totally|completely|all|quite|really|definitely|something|fairly|pretty|very] (new|different|unusual)",
  ],
  /** The warm-up, for the soreness rules. */
  "warm-up": ["(warm up|warmup|warming up|warm ups|warmups|warmed up)"],
  /**
   * The start of a session or of the day, told as when a soreness was ("stiff at the start of the class", "tight
   * for the first few minutes", "achy first thing"): a time of that soreness's own (see `own-time-soreness.ts`).
   */
  "early-on": [
    "(at|near|from) the (start|beginning) [of (the|my|this|that|each|every) (class|session|workout|exercises|exercise|set|sets|routine|walk|run|swim|day|morning|week|lesson|appointment)]",
    "(at first|to begin with|to start with|early on|starting off|starting out)",
    "(for|in|during) the first (few|couple of|couple|5|10|five|ten|two|three|2|3) (minutes|mins|reps|exercises|sets|laps|lengths)",
    "(for|in|during) the first (minute|exercise|set|lap|length|bit|part|half)",
    "first thing [in the morning]",
    "when i (started|start|began|begin|got going|get going)",
  ],
  /** Pain that stays up after it flares: "it stays up for the rest of the evening", "doesn't calm down". */
  "stays-up": [
    "(stays|stayed|staying|stay|kept|keeps|remains|remained) (up|high|raised|elevated|flared|flared up|at that level|like that)",
    // "it's back up and staying at 6", "stuck at a 7 since I stopped": a level it stays at, above the usual band.
    "(stays|stayed|staying|stay|remains|remained|remaining|stuck|sitting|sat) (at|on) [a|an] (4|5|6|7|8|9|10|four|five|six|seven|eight|nine|ten)",
    "(doesnt|didnt|wont|hasnt|does not|did not|will not|has not|never) [want to|seem to|seem to want to|wanna] (calm down|settle|settle down|come down|come back down|go down|go back down|ease off|die down|drop back)",
    "for the rest of the (day|evening|night|afternoon|session)",
    // Not calmed down since, or not gone afterwards: "it hasnt calmed down since I stopped", "it didn't go away
    // afterwards".
    "(hasnt|has not|havent|hadnt|still hasnt) (calmed down|calmed|settled|settled down|come down|come back down|gone down|gone back down|eased off|eased|died down|dropped back|gone away|let up) (since i stopped|since stopping|since i finished|after i stopped|after stopping|afterwards|even after|even though i stopped|once i stopped)",
    "(didnt|doesnt|wont|wouldnt|never) (go away|went away|ease off|let up|settle|calm down|die down) (afterwards|after that|once i stopped|when i stopped|after i stopped)",
    // The stop told first, then the pain not coming down: "when I stop it is not going down", "once I rest the pain
    // still isn't coming down".
    "(when|once|after|as soon as) i (stop|stopped|rest|rested) [it|the pain] [still|just] (is not|isnt|its not|doesnt|does not|didnt|wont|still isnt|still doesnt) [even] (going down|coming down|go down|come down|settling|settle|easing|ease off|calming down|calm down|reducing)",
  ],
  /**
   * Not calmed down, told after the stop: "it's been 3 hours since I stopped and it hasn't calmed down even a bit".
   * Read only with a stop (`extract.ts`): on its own, "the soreness hasn't eased yet" is the day after a session.
   */
  "not-calmed": [
    "(hasnt|has not|hadnt|had not|havent|have not) [really|actually|even|yet|at all] (calmed down|calmed|settled|settled down|come down|come back down|gone down|gone back down|eased|eased off|eased up|died down|dropped|dropped back|let up|subsided|gone away|gone off|worn off)",
  ],
  /** Signs of pain spreading further: "the pain is spreading", "it's creeping further". */
  spreading: [
    "(spreading|spreads|spread|creeping|crept|travelling further|traveling further|moving further|going further|gone further|getting further|reaching further)",
    // Moving lower: "its moving lower, ... now its in my left leg" (not "going lower", which a score does).
    "(moving|moved|moves|creeping|crept|creeps|travelling|traveling|travelled|traveled|shifting|shifted|migrating|migrated|sliding|slid) (lower|further down|farther down)",
  ],
  /** A count of sessions with each one's effect: "after each of the last four sessions", "every time I go to physio". */
  "each-session": [
    "(after|following) (each|every|each one|every one) (of the last|of my last|of the past) [2|3|4|5|two|three|four|five|few|couple of] [pt|physio|rehab|therapy] (sessions|visits|appointments|treatments|classes)",
    "(every|each) time i (go|have|do|see) (to physio|physio|pt|the physio|a session|my session|the exercises|my exercises|the session)",
    // "each time I go I come out worse", "every time I've been": the visit itself, its place left unsaid.
    "(every|each) time (i|we) (go|went) (i|we|it|in|there|back|and|my|the pain)",
    "(every|each) time (ive|i have|weve|we have) been [there|in]",
    "(every|each|after every|after each) [physio|pt|physiotherapy|rehab|therapy|treatment|gym|exercise|pilates|hydro|hydrotherapy] (session|visit|appointment|class)",
    // Sessions in a row: "third session in a row where I've come home worse", "three visits in a row".
    "(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|two|three|four|five|six|3|4|5|6) (session|sessions|visit|visits|appointment|appointments|class|classes|week|weeks) (in a row|running|on the trot)",
    "(the last|my last|the past) (2|3|4|5|6|two|three|four|five|six|few|couple of) [pt|physio|rehab|therapy] (sessions|visits|appointments|treatments|classes)",
    "(session after session|visit after visit|week after week|each week|every week)",
    "(week on week|week by week|every single week|from week to week|each and every week)",
  ],
  /**
   * "Each time", "every time" on its own: told after a word of worse, of the sessions only when a session is named
   * near it and no other act follows ("it's getting a bit worse each time", not "worse each time I bend").
   */
  "each-time": ["(each|every) time", "(each|every) single time"],
  /** Still there through the session. */
  persists: [
    "(doesnt let up|does not let up|didnt let up|stays|stayed|lasts|lasted|persists|persisted|whole session|entire session|all session|throughout|the whole time|kept going|keeps going|keep going|keeps on going|carries on|carried on|carrying on|doesnt go away|didnt go away|doesnt ease|didnt ease|all the way through)",
    "(sore|painful|hurting|aching|achy|stiff|tender|pain) (during|through|throughout|all through|for) the (session|workout|class|exercises|rest of the session)",
    // "it stuck around through every exercise after that", "kept building through the session".
    "(stuck around|stuck about|hung around|hung about|hung on|kept building|kept on building|kept climbing|kept creeping up|kept getting worse|built up|built and built)",
    "(hanging around|hanging about|hangs around|hangs about|sticking around|sticks around)",
    // Never stopping: "started hurting on the warm-up and didn't stop hurting for the rest of the hour".
    "(didnt|never|wouldnt|doesnt|wont) [really|actually] stop (hurting|aching|throbbing|being sore|being painful|niggling)",
    "(never|hasnt|hadnt|havent) [really|actually] stopped (hurting|aching|throbbing|being sore|being painful|niggling)",
    "for the rest of the (hour|class|session|workout|circuit|routine)",
    // Never going: "sore on the bike warm-up and it never went away", "it wouldn't ease off all session".
    "(never|wouldnt|didnt|doesnt|wont) [really|properly|actually] (go away|went away|gone away|go off|went off|ease|eased|ease off|eased off|ease up|eased up|let up|wear off|wore off|settle|settled|settle down|shift|shifted|budge|budged|fade|faded|die down|died down|calm down|calmed down|loosen off|loosen up|loosened up|warm off)",
    "(whole|entire|full) (workout|class|routine|hour|circuit|hydro session|pilates class|gym session)",
    // There from the warm-up (or the start) to the end: "Today it was there from the warm-up right to the end".
    "(there|sore|painful|aching|stiff|tight|with me) from the (warm up|warmup|start|beginning) [right|all the way] (to|until|till) the (end|finish|cool down)",
    "(was|is|its|stayed|been) there (the whole time|all session|throughout|the whole session|to the end|until the end|right to the end)",
    // Pain that goes on, told by what it does: "it keeps throbbing for hours after I stop", "carries on aching".
    "(keeps|kept|keep|keeps on|kept on|carries on|carried on|goes on|went on) (throbbing|hurting|aching|pounding|pulsing|niggling|nagging|grumbling|burning|stinging)",
    // Hours of it after the stop: "it throbs for hours after I stop", "hurts for ages after I've finished".
    "for (hours|ages|a long time|a long while|a good while|a good few hours|the rest of the day|the rest of the evening) (after|afterwards|after that)",
  ],
  /** Pain said to last, now ("8 out of 10 all the time now", "it's been like that all day"). */
  ongoing: [
    "(all the time|all day|all day long|all night|constant|constantly|non stop|nonstop|day and night|round the clock|around the clock|every minute|like that all day|all the time now|cant sleep|cannot sleep|cant get comfy|cant get comfortable)",
  ],
  /** A stumble that did no harm ("tripped over the cat but didn't fall"). */
  "no-harm": [
    "(didnt fall|did not fall|didnt actually fall|caught myself|managed not to fall|stayed on my feet|didnt hurt (myself|anything|my back)|did not hurt (myself|anything|my back)|wasnt hurt|no harm done|no damage done)",
  ],
  /**
   * From a moment on, told after it ("since then", "ever since", "after that", "now"): with a stumble caught, what
   * it left behind (read in `caught-stumble.ts`).
   */
  "since-then": [
    "(since then|ever since|ever since then|since that|since it happened|since that happened|from then on|from that point|after that|afterwards|now)",
    "since (the|that|my) (trip|stumble|slip|fall|wobble|near miss|incident)",
  ],
  /** "too", "as well": a second side ("now my left leg is tingling too"). */
  also: ["(too|as well|aswell|also|both sides)"],
  /**
   * A strain or knock that hurt: undoes a "caught myself" and, with weaker bones or older age, is a reason to
   * check for a fracture ("slipped, caught myself but twisted").
   */
  strain: [
    "(twisted|wrenched|jarred|jolted|jerked|cricked|ricked|tweaked|strained|injured|banged|bashed|whacked)",
    "(hurt|pulled) (my back|my spine|myself|a muscle|something)",
    // A cough or sneeze hard enough to strain: "coughed hard yesterday", "a sneezing fit", "sneezed violently".
    "(coughed|sneezed|coughing|sneezing) (hard|really hard|so hard|violently|badly|too hard)",
    "(coughing|sneezing) fit",
    // Lifting something heavy: "lifted a heavy shopping bag out of the boot", "picking up a heavy box".
    "(lifted|lifting|picked up|picking up|carried|carrying|moved|moving|hauled|hauling) (a|the|some|my) [really|very|quite|bit] heavy",
    "landed (awkwardly|hard|badly|heavily)",
    // A crack felt in the back as it happened: "I feel crack in the back" (as people new to English say it), "heard
    // a pop in my spine"; a kerb stepped off awkwardly.
    "(feel|felt|heard|hear) [a] (crack|click|pop|snap) (in|at) (the|my) (back|spine|lower back)",
    "(stepped|stepping|came|coming) (off|down) (a|the) (kerb|curb|step) (awkwardly|badly|wrong|funny)",
    "(my|the) back (went|gave|has gone|had gone|just went|went again)",
    // A knock: "bumped into the door frame", "walked into a shelf", "knocked my back on the table".
    "(bumped|knocked|walked|banged|bashed|smacked|whacked|crashed|slammed) (into|against|my back|my spine|my side|my hip|my bum|my tailbone|my coccyx)",
    "(hit|caught|jammed) (my back|my spine|my lower back|my tailbone|my coccyx) (on|against|into)",
  ],
  /**
   * Going down or landing, by accident: with where the patient landed (`fall-land`), a fall however it is told ("went
   * down on my backside", "slid off the edge of the bed onto the floor", "ended up on the kitchen floor"), read in
   * `red-flag-signs.ts`. None of these alone is a fall ("the pain went down", "landed a job").
   */
  "fall-move": [
    "(went|gone|go|goes|going|came|come|coming|crashed|crashing|dropped|thumped|plopped) down",
    "(landed|land|lands|landing|ended up|end up|ending up|wound up|finished up|skidded|skidding|toppled|toppling|tumbled|tumbling|keeled over|collapsed|crumpled|slipped|slipping|slip|slips|fell|fall|falls|falling|fallen)",
    "(slid|slipped|slipping|sliding|tumbled|toppled|fell) (off|out of|over|backwards|sideways|forwards)",
    "(came|went|flew) (off|over|backwards|flying)",
  ],
  /** Where someone lands when they fall: the part they land on, or the floor or ground (`fall-move`). */
  "fall-land": [
    "(on|onto|on to|against|flat on) (my|his|her|their|me) [left|right|lower|bony] (backside|bum|bottom|butt|arse|ass|behind|rear|rear end|tailbone|coccyx|hip|hips|side|back|sit bones|bum cheek|buttock|buttocks|spine|elbow|shoulder|wrist|face)",
    "(on|onto|in|into) (the|a|my|our|that) [wet|icy|slippery|hard|concrete|stone|tiled|kitchen|bathroom|bedroom|garden|hall] (floor|ground|deck|ice|pavement|footpath|concrete|tiles|carpet|driveway|road|grass|lawn|patio|lino|decking|tarmac|gravel|stairs|steps|step|kerb|curb|landing|heap)",
    "(on|onto) (ice|concrete|tarmac|tiles)",
    "(hit|hitting|smacked|whacked) the (floor|ground|deck|pavement|concrete|ice|tiles)",
    "(in a heap|in a pile|on my arse|on my ass|on my bum|on my butt|on my backside|flat on my back|head first|face first)",
  ],
  /**
   * A first ever bout of back pain ("first ever back pain at 68", "never had back trouble before"): over 50, the
   * age at onset that is a weaker cancer flag (reference.md §3.3 row 21). Read in `text-facts.ts`, which sets
   * aside a comparison ("never had back pain like this").
   */
  "first-episode": [
    "(first|1st) (ever|real|proper|time ever) (back pain|backache|bad back|back problem|back problems|back trouble|back issue|back issues|episode|pain in my back)",
    "(first|1st) [ever|real|proper] (episode|bout|attack|spell|dose) (of|with) [lower|low] (back pain|backache|a bad back|back trouble|back problems|back issues)",
    "(first|1st) time my back (has|had|s) [ever] (hurt|given me (trouble|problems|bother|any trouble|any problems)|been (bad|a problem|painful)|played up|gone)",
    "first time (ive|i have|i had|id|i) [ever] (had|got|suffered with|suffered from|experienced) [a|any] (back pain|backache|bad back|back trouble|back problems|pain in my back|trouble with my back)",
    "(never|not ever|not once) (had|suffered|suffered with|suffered from|experienced|known) [any|a|real|proper] (back pain|backache|a bad back|back trouble|back problems|back issues|pain in my back|trouble with my back|problems with my back)",
    "(never|not ever) (had|suffered) (a|any) (day|days) of (back pain|backache|trouble with my back)",
    "(back pain|backache|a bad back|back trouble|back problems) for the (first|1st) time",
    "my back (has never|had never|never) (hurt|given me (trouble|problems|bother|any trouble|any problems)|bothered me|been a problem)",
  ],
  /**
   * Lifting or carrying something, or bending or reaching to: with weaker bones or older age, a trivial strain
   * (what was lifted is checked in `text-facts.ts`: not weights in the gym, a leg in an exercise or a cold).
   */
  "lift-object": [
    "(lifted|lifting|picked up|picking up|carried|carrying|hauled|hauling|heaved|heaving|hoisted|hoisting|lugged|lugging) (a|an|the|some|my|our|his|her|their|that|this|two|three|both|all the|all my)",
    "(bent|bending|reached|reaching|leant|leaned|leaning|stretched|stretching) [right|all the way] (down|over|up|across) to (pick up|lift|get|grab|reach|pull|move|carry)",
    "(reached|reaching|stretched|stretching) [right|all the way] (up|down|over|across|back) (to|for|into) (the|a|my|something|some)",
    // Bending for an everyday task: "bent over to tie a shoelace", "bending down to put my socks on".
    "(bent|bending|stooped|stooping|leant|leaned|leaning) [right|all the way] [down|over|forward|forwards] to (tie|do up|put on|put|pull on|take off|empty|load|unload|feed|open|plug|unplug|stroke|wipe|clean|fill|fetch|pick|get|lift|grab)",
  ],
  /** Sudden onset. */
  sudden: [
    "(sudden|suddenly|all of a sudden|out of nowhere|without warning|out of the blue)",
    "felt something (go|give|pop|snap|ping|twang|tear|click|crack|crunch)",
    "(felt|heard) a (crack|crunch|pop|snap|ping|twang|tear|click)",
    "(my back|my spine) (gave way|gave out|went pop|went ping|went snap|popped|cracked|crunched|snapped)",
    "my back went (when|as|while)",
    "something (went|gave|popped|snapped|pinged|tore) in my [lower|upper|mid|middle|low] (back|spine)",
    "(like a bolt|bolt from the blue|like lightning|in an instant|instantly|all at once|came on (suddenly|fast|quickly|all at once|out of nowhere))",
  ],
  /** Inflammatory pattern: long morning stiffness. */
  inflammatory: [
    "stiff for (over|more than|at least|about) (30 minutes|half an hour|an hour|hours|an hour or more|two hours) (every|each) morning",
    "(every|each) morning (i am|im|it is|its) stiff for (over|more than|at least|about) (30 minutes|half an hour|an hour|hours)",
    "morning stiffness (that lasts|lasting) (over|more than|at least) (30 minutes|half an hour|an hour)",
  ],
  /** Pain during exercise (the pain-monitoring model). */
  exercise: [
    "(during|while doing|in the|on the|doing the) (exercise|exercises|set|sets|reps|bridges|squats|stretch|stretches|session|workout|last set|step ups|lunges|deadlifts|planks)",
    "(exercise|exercises|bridges|squats|step ups|lunges|deadlifts|planks|clams|clamshells|bird dogs|birddogs|dead bugs|deadbugs|swings|kettlebell swings|side planks|hip thrusts|hip hinges|hinges|heel raises|calf raises|carries|loaded carries|rows|leg press|leg presses|good mornings|back extensions|extensions) (took|pushed|sent|got|had|brought|bumped) (my|it|me|the pain|things)",
    "(during|doing|while doing) (the|my|those|these) (exercise|exercises|set|sets|reps|bridges|squats|stretch|stretches|session|workout|step ups|lunges|deadlifts|planks|plank|core work|hip exercises)",
    "(on|in|during|for) the (last|final) [few|couple of|couple|2|3|two|three|5|five] (rep|reps|set|sets|bridges|squats|lunges|deadlifts|planks|step ups|clamshells)",
    // What the muscles did: "a burn in the glutes from the clams".
    "(from|after) (the|my|those|these|doing the|doing my|all the) (clams|clam|clamshells|clamshell|bridges|squats|lunges|deadlifts|planks|step ups|exercises|reps|sets|heel raises|calf raises|hip thrusts|glute work|band work|banded walks|crab walks|side planks|bird dogs|leg raises)",
  ],

  // Red-flag domains and what can go wrong in them (read in `red-flag-signs.ts`): a word naming the domain and a
  // word of something wrong there, close together in one clause of the patient's own, current words, make a
  // finding. Each list is a family of words, not a list of the sentences patients have written.

  /** Urine and passing it: the body function itself, however it is named. */
  "dom-urine": [
    "(pee|peeing|peed|pees|wee|weeing|wees|weed|urine|urinate|urinating|urination|bladder|waterworks|piss|pissing|widdle|tinkle|urinary)",
    // Other languages' and children's words ("make pipi", "a wee wee", "piddle").
    "(pipi|pippi|peepee|pee pee|wee wee|weewee|piddle|piddling|pish|wizz|whizz|slash|pis|xixi|pipí)",
    "(pass water|passing water|passed water|number one|number ones|my stream|the stream|my flow|the flow|urine flow|pee flow|wee flow)",
    // The British euphemism: "when I spend a penny I can't feel it".
    "(spend a penny|spending a penny|spent a penny|spends a penny)",
  ],
  /**
   * Words that name passing water only in context ("I need to go", "the flow", "the water come slow", "squeeze to
   * empty"): read with the signs that can only be about it, not with "can't" or "hard".
   */
  "dom-void": ["(go|goes|going|went|flow|stream|water|empty|emptying)"],
  /** Stool and opening the bowels. */
  "dom-bowel": [
    "(poo|poos|pooing|pooed|poop|pooping|pooped|bowel|bowels|stool|stools|faeces|feces|number two|number twos|bowel movement|bowel movements)",
    "(constipated|constipation|backed up|fart|farted|farting|farts|wind)",
  ],
  /** The toilet as the place where the patient passes water or stool ("went to the loo and couldn't tell"). */
  "dom-toilet": ["(toilet|loo|bathroom|lav|lavatory|the john|restroom|wc)"],
  /** What a leak shows up on: pants, the bed, a pad. */
  "dom-garment": [
    "(underwear|pants|knickers|undies|boxers|briefs|trousers|trouser|jeans|shorts|leggings|pyjamas|pajamas|pjs|nightie|bed|sheets|sheet|mattress|duvet|panty liner|pantyliner|nappy|chair|seat)",
  ],
  /** Effort to pass water: straining, pushing, pressing on the belly, running the tap. */
  "abn-void-effort": [
    "(strain|straining|strained|push|pushing|pushed|press|pressing|pressed|squeeze|squeezing|bear down|bearing down|force|forcing|forced|coax|coaxing|coaxed)",
    "(run the tap|running the tap|ran the tap|runs the tap|tap running|lean forward|leaning forward|lean right forward)",
  ],
  /** Passing water slow, weak, stopping, in drips, not at all or not emptying (hesitancy, poor stream, retention). */
  "abn-voiding": [
    "(ages|forever|for ever|a long time|so long|long time|a while|wait|waiting|waited|hang around|hanging around)",
    "(trickle|trickles|trickling|trickled|dribble|dribbles|dribbling|dribbled|dribbly|drip|drips|dripping|dribs and drabs|in drips|in dribbles)",
    "(spurts|spurting|in spurts|cutting out|cuts out|cut out|stops halfway|stopping halfway|splutters|sputters|a few drops|few drops|only drops|drops|zero|nada|nothing at all|not a drop|not a drip)",
    "(barely|hardly|only a little|only a bit|only a dribble|only a trickle|a tiny bit|a tiny amount|tiny amounts|small amount|small amounts|little bits|a little bit at a time|bit by bit)",
    // ("a slow starter": its own words, which the typo corrector would otherwise read as "slow started", news)
    "(slow starter|late starter|slow to start|slow starting)",
    "(slow|slower|weak|weaker|feeble|thin|pathetic|poor|hesitant|hesitancy|hesitation|stop start|stop and start|stops and starts|stopping and starting|stop starting|stop starts|stop starty|starts and stops|starting and stopping|start stop|keeps stopping|on and off|in fits and starts|isnt coming|isnt happening|wont happen)",
    "(nothing is coming|nothing was coming|nothing coming|nothing comes out|nothing came out|nothing is happening|nothing will come out|will not come|would not come|does not come|did not come|is not coming)",
    "(doesnt|does not|didnt|did not|wont|will not|wouldnt) [just|even|really] (happen|come|start|flow)",
    // Not all of it: "it won't all come out", "doesn't fully empty".
    "(doesnt|does not|didnt|did not|wont|will not|wouldnt|would not|never) [just|even|really] (all|fully|properly|completely) (come out|come|empty|go)",
    // "it takes forever to get started", "took ages to come".
    "(takes|took|taking|take) (ages|forever|for ever|so long|a long time|a while|an age) to (get started|start|get going|come|come out|happen|begin|flow)",
    "(wont start|wont come|wouldnt come|doesnt come|didnt come|wont go|wouldnt start|didnt start|doesnt start|nothing comes|nothing came|nothing would come|nothing will come|not coming|wont flow|not flowing|nothing happens|nothing happened|nothing happening|get going|get it going|get it started|get it out|get it to come|get the flow|get the pee|get the wee|get any out)",
    "(not finished|havent finished|hadnt finished|not quite finished|never finished|not done|not empty|not emptied|not emptying|never empty|still full|still need to go|more to come|more in there|something left|not all come out|didnt all come out|not all out)",
    // Some still left after going: "after I feel it is still inside", "feels like there's some left", "still some in
    // there".
    "(still inside|still in there|still some left|still some in there|some left|some still in there|some still inside|some left inside|some left in there|left inside|left in there|more left|more left inside)",
    // Effort to start it: "I have to strain to get started", "push to get it going" (said of the loo or the flow).
    "(strain|straining|strained|push|pushing|pushed|force|forcing|squeeze|squeezing) [really|so|very|quite] [hard] to (get started|get it started|get it going|get going|start|start it|start going|start peeing|start weeing)",
    // Not coming out as it should, as people new to English say it: "the pipi not come out good".
    "(not|no|doesnt|dont|didnt|wont|does not|did not|will not) (come|comes|coming|came) out (good|well|properly|right|normal|normally|nicely|easy|easily|fully|all the way)",
    // Not feeling emptied, with the negation inside the sign: "I never feel like I've emptied", "don't feel empty".
    "(dont|doesnt|didnt|never|not|cant|do not|does not|did not) (feel|feels|felt) (like|as if) (ive|i have|i|it has|its|my bladder has|the bladder has|ive fully|ive properly|i fully) (emptied|finished)",
    "(dont|doesnt|didnt|never|not) (feel|feels|felt) [fully|properly|completely] empty",
  ],
  /** Not having passed water, with how long ("not been for a wee since yesterday", "not to pass urine for 14 hours"). */
  "no-void": [
    "(not|havent|hadnt|hasnt|didnt|never|no) [been able to|able to|to|managed to|even] (been for|had|done|passed|pass|gone for|go for|been|have had) [a|any] (wee|pee|urine|water|wees|pees|piss)",
    "(not|havent|hadnt|hasnt|didnt|not been able to|havent been able to|couldnt|cant|cannot|can not|could not|unable to|not able to) [make|do|have|go] (peed|weed|urinated|pee|wee|urinate|pipi|peepee|wee wee|piddle)",
    // Trying and none coming: "no wee came out when I tried", "hardly any pee would come out on the toilet".
    "(no|hardly any|barely any|not a drop of|not any) (wee|pee|urine|piss) (came|comes|would come|will come|wanted to come|wants to come) [out] (when i tried|when i try|when i went|when i go|when i sat|on the toilet|on the loo|at all|even though|despite)",
  ],
  /** Urine or stool coming out unbidden, or the wet it leaves. */
  "abn-leak": [
    "(leak|leaks|leaking|leaked|leakage|leaky|damp|dampness|wet|wetting|wets|soaked|soaking|soggy|accident|accidents|little accident|escaped|escaping|came out on its own|comes out on its own|let go|lost control|no control|losing control|cant control|couldnt control|cant hold|couldnt hold|cant hold it|couldnt hold it|cannot hold|cannot hold it|can not hold|could not hold|unable to hold|not able to hold|cant hold on|cannot hold on|cant hold it in|cannot hold it in|not make it|didnt make it|couldnt make it|did not make it|could not make it|never made it|wont stay in|stain|stains|stained|soiled|soiling)",
    "(emptied itself|empties itself|emptying itself|went by itself|goes by itself|on its own|by itself|of its own accord|came out by itself|trickling out|keeps dripping|drip drip|mess in|mess on|messed myself|a bit more comes|more comes out)",
    // Coming out after or without the patient: "a bit dribbles out in my pants", "it seeps out".
    "(dribbles|dribbled|dribble|dribbling|drips|dripped|trickles|trickled|seeps|seeped|seeping|escapes|escaped) out",
    // Not reaching the toilet, told with the negation inside the sign: "haven't made it in time", "not been able
    // to hold it".
    "(havent|hadnt|hasnt|have not|had not|has not|not|never|nearly didnt|almost didnt) [always|quite|even|ever] made it (to the (toilet|loo|bathroom|lav|wc)|in time)",
    "(didnt|havent|hadnt|never|not|couldnt|nearly didnt|almost didnt) [quite] (get|got|reach|reached) (to the (toilet|loo|bathroom|lavatory|lav|wc|restroom|washroom)|there) in time",
    "(not|havent|hasnt|hadnt|never|not been|havent been|hasnt been|not being|never being) [been] able to (hold|control) [it|on|it in|on to it|them|myself]",
    // As people new to English tell it: "the urine goes out alone, I don't control it".
    "(goes|go|going|went|gone|comes|come|coming|came) out (alone|by alone|itself|on it own)",
    "(dont|doesnt|didnt|do not|does not|did not|no more|not) control (it|them|anymore|any more)",
  ],
  /**
   * A leak told with no word for what leaks: the patient leaking ("I'm leaking just walking around", "new leaking",
   * "leakage from behind", "a soiling accident"). Not a wound, a tap or a nose (`red-flag-signs.ts`).
   */
  "leak-self": [
    "(i|im|ive|ive been|i have been|i keep|i kept|keep|kept|been|new|some|a bit of|little|slight|started|starting|still|it starts|it started|starts|its) [kinda|kind of|sort of|a bit|a little|just|also|even|still|now|suddenly|actually|constantly|randomly] (leaking|leaked|leak|leaks|leakage|dribbling|dribbled|dribble|wetting|soiling|soiled)",
    "(leakage|leaking|leak|leaks) from (behind|the back|my back passage|my bottom|my bum|down there|below|my back end|the back end)",
    "(soiling|soiled) (accident|accidents|myself|my underwear|my pants)",
    // The urge and then the leak, one after the other: "sudden urges and leaking a bit", "urgency and some leakage".
    "(urge|urges|urgency) (and|then|and then|with) [some|a bit of|a little|also|even] (leaking|leak|leaks|leakage|dribbling|wetting)",
    "(skid marks|skidmarks)",
    // A checklist's leak answered yes: "saddle numbness no, leaking yes", "leakage: yes".
    "(leaking|leakage|dribbling|wetting|soiling) [:|-] (yes|yeah|yep)",
    "(peed|weed|pissed|wet) (a bit|a little|a tiny bit|slightly|a few drops|some|a little bit)",
    // A leak told without its "I": "leaked a bit standing up from the sofa" (a bag or a tap that leaked is set aside
    // by the words near it in `red-flag-signs.ts`).
    "(leaked|leaking) (a bit|a little|a tiny bit|slightly|a few drops|a little bit) (when|standing|getting|as|on|while|coughing|sneezing|laughing|bending|lifting|walking)",
    "(pee|wee|peeing|weeing) (a bit|a little|a tiny bit|a few drops|slightly|a little bit) (when|every|each|if|as|whenever|on|while)",
    // What came out told with how little: "a bit of wee came out when I stood up", "some pee slipped out".
    "(a bit of|a little bit of|a tiny bit of|a little|some|a few drops of|a drop of|drops of|a dribble of|a spurt of|a splash of|a bit|a little bit) (wee|pee|urine|piss|poo|poop) (came|comes|coming|come|escaped|escapes|slipped|slips|leaked|leaks|trickled|trickles|dribbled|dribbles|squirted|squirts|shot) [out]",
    // Coming out at a moment of effort: "wee came out when I coughed", "pee comes out as I stand up".
    "(wee|pee|urine|piss) (came|comes|slipped|slips) out (when|as|while|whenever|every time|each time|if)",
  ],
  /** Not feeling it, or not knowing or noticing it happen. */
  "abn-unfelt": [
    "(no feeling|no sensation|cant feel|couldnt feel|cannot feel|can not feel|could not feel|cant really feel|can hardly feel|can barely feel|could hardly feel|could barely feel|reduced feeling|less feeling|lost feeling|lost the feeling|lost sensation|reduced sensation)",
    "(cannot|can not|couldnt|could not) (really|properly|quite) feel",
    "(no|hardly any|barely any|scarcely any|very little|next to no|almost no|little to no|little or no) [real|proper|actual|normal|much] (feeling|sensation)",
    "(losing|lose) [the|all|all the|some|some of the] (feeling|sensation)",
    "(cant tell|couldnt tell|cannot tell|could not tell|can not tell|hard to tell|not sure if|not sure whether|not sure when|dont know if|dont know when|didnt know if|didnt know|dont know whether|no idea if|no idea when|no idea whether)",
    "(without noticing|without me noticing|without even noticing|without knowing|without me knowing|without realising|without realizing|without me realising|without me realizing|no warning|without warning|no urge|unaware)",
    // No warning, however said: "without any warning", "with zero warning", "no warning at all".
    "(without|without any|without much|no|zero|not any|not much|hardly any|barely any|never any|never a|with no|with zero|with hardly any|with barely any) [real|proper|kind of|sort of] (warning|warnings|notice|heads up|signal)",
    "(didnt|dont|doesnt|never|not|no longer) [even|really|always] (get|have|feel|got|notice) (the|any|that) (feeling|urge|need|sensation|signal|warning|message)",
    "(not|never|no longer|stopped) (getting|having|feeling|noticing) (any|the|a) (warning|urge|signal|feeling|sensation)",
    // Hedged: "I don't seem to get the feeling that I need a wee any more", "never seem to feel the urge now".
    "(dont|didnt|doesnt|never|not|no longer) (seem to|seem|appear to|really seem to) (get|have|feel|notice|getting|having) (the|any|that|a) (feeling|urge|need|sensation|signal|warning|message)",
    // Not feeling one needs to go: "I haven't felt like I need a wee all day", "don't feel as if I need to pee".
    "(havent|hasnt|hadnt|have not|has not|never|dont|didnt|do not|did not) [even|really|once|ever] (felt|feel) (like|as if|as though) (i need|i needed|i have to|i had to|i want|i wanted) (a|to)",
    // Not felt for a while: "I haven't felt the need to go to the toilet at all today", "hasn't had any urge to pee".
    "(havent|hasnt|hadnt|have not|has not|had not) [even|really|ever|once] (felt|noticed|had) (the|any|that) (urge|need)",
    // The usual feeling named as such: "I don't get the normal feeling any more", "no longer get that full feeling".
    // (Patterns here are kept short: each is compiled, and tested, as all the phrases it can stand for.)
    "(dont|didnt|never|not|no longer|cant) (get|have|feel|notice|getting|having) (the|that|any) (normal|usual|proper|old|full|familiar|warning) (feeling|urge|sensation|signal|warning)",
    "(lost|losing|lose|gone|no) (the|my|that|any) [normal|usual|full|warning] (feeling|sensation|urge|signal|warning|sense) (of|that|when)",
    // Finding out too late, not feeling it come: "I just suddenly realise I'm desperate", "I don't know I need to go
    // until I'm bursting", "I only find out I need to go when it's urgent".
    "(suddenly|only) (realise|realize|notice|find) (im|i am|i need|i have) [really] (desperate|bursting|busting)",
    "(until|till|til) (im|i am|i was|its|it is|it was) [really|absolutely|literally|nearly|almost] (desperate|bursting|busting|too late|about to burst)",
    "(only|just) (find out|realise|realize|notice|know) (i need|i have) [to go] (when|once) (its|im) [really|already] (urgent|desperate|bursting|too late)",
    "(feels|feel|felt|feeling) [really|a bit|so|very|all] (different|weird|strange|odd|funny|numb|muffled|distant|off)",
    // Felt as if from a distance, hedged: "when I pee it feels kind of far away", "weeing feels sort of remote".
    "(feels|feel|felt|feeling) [kind of|sort of|kinda|sorta|a little|quite|really|a bit|so|very|all|weirdly|strangely] (far away|far off|remote|detached|disconnected|faint|vague|dulled|muted)",
    // Not able to tell it happen, hedged: "I can't really tell it's coming out".
    "(cant|couldnt|cannot|can not|could not) (really|quite|properly|even|always|actually) tell",
  ],
  /** Saddle-area feeling that is altered, in words beyond numbness and tingling ("rubbery", "like the dentist"). */
  "abn-altered": [
    "(rubbery|rubber|like rubber|someone else|someone elses|somebody else|somebody elses|not me|not mine|not my own|distant|far away|muffled|dulled|deadened|dentist|dentists|dental|anaesthetic|anesthetic|anaesthetised|anesthetized|novocaine|cotton wool|padded|wooden|asleep|gone to sleep|went to sleep|go to sleep|goes to sleep|going to sleep|fallen asleep|fell asleep|fuzzy|furry|frozen|not there|isnt there|through a glove|through gloves|glove|gloves|foreign|alien|detached|disconnected|vague)",
    // A quality of feeling, said as one ("it feels weird", "an odd sensation"), not of looks or of an ache.
    "(feels|feel|felt|feeling|sensation|sensations) [like|really|a bit|so|very|all|kind of|sort of|quite|just|a little|definitely|totally|completely] (weird|odd|strange|funny|different|peculiar|unusual|wrong|not right|not normal|off|changed|not the same)",
    "(weird|odd|strange|funny|different|peculiar|unusual|altered|changed) (feeling|sensation|feelings|sensations)",
    "(cardboard|leather|plastic|foam|sponge|rubber glove|wood|numbish|pins)",
    // The likeness told as a visit: "as it does after a visit to the dentist", "like coming back from the dentist".
    "(visit to|trip to|been to|appointment at|appointment with|going to|coming from|back from|after|at|from) (the|my|a) (dentist|dentists|dental surgery|dental appointment)",
    // Dead, or feeling nothing: "feels dead", "gone dead", "don't feel anything", "felt like nothing".
    "(dead|deadness|lifeless)",
    "(feels|feel|felt|feeling|was|is|were) [almost|just|pretty much|basically] like (nothing|a dull nothing)",
    "(feel|felt|feeling) [basically|pretty much|almost|practically|virtually|literally|just|next to] (nothing|nothing at all)",
    // Numb in other languages' idiom, the sleep named as a thing felt: "I feel the sleeping in my private part".
    "(the|a|some|this|that) (sleeping|sleepiness) (in|at|around|on|of)",
    "(barely|hardly|scarcely) (felt|feel|feeling) (it|anything|a thing)",
    "(dont|didnt|doesnt|cant|couldnt|cannot|not) [really|even|actually] (feel|feeling) (anything|a thing|much|it)",
    "(feeling|feelings|sensation|sensations|feel) [has|have|s|is|are|was|been|has been|s been|gone|got|seems|just] (turned down|dulled|muted|dimmed|faded|reduced|vanished|disappeared|weaker|less|lower|duller|fainter|gone)",
    "(something|somethings|something is|somethings not|something feels|somethings just) (off|wrong|not right|weird|funny|strange|odd)",
    "(cant feel|couldnt feel|cannot feel|can hardly feel|can barely feel|could hardly feel|could barely feel|hardly feel|barely feel|no feeling|no sensation|less feeling|reduced feeling|lost feeling)",
    // A part that does not feel like the patient's own ("when I wipe it doesn't feel like it's my bottom", "like
    // it isn't my bum"): a feeling of it lost, not a denial.
    "(doesnt|dont|does not|do not|didnt|did not) (feel|seem) (like|as if|as though) [its|it is|theyre|they are|it was|thats|that is|this is] (mine|part of me|attached to me|my own)",
    "(doesnt|dont|does not|do not|didnt|did not) (feel|seem) (like|as if|as though) [its|it is|theyre|they are|it was|thats|that is|this is] [my|my own] (bottom|bum|backside|bits|privates|private parts|groin|crotch|behind|butt|arse|ass|bum cheeks|buttocks|skin|body)",
    "(like|as if|as though) (its|it is|theyre|they are|it was|its just) (not|isnt|is not) [my|my own] (bottom|bum|backside|bits|privates|private parts|groin|crotch|behind|butt|arse|ass|bum cheeks|buttocks|skin|body|own)",
    "(like|as if|as though) (it|they) (isnt|is not|arent|are not|wasnt|was not) (mine|my own|part of me|attached|there)",
    // What touches the skin not felt to touch it: "the toilet paper feels like it's not touching anything", "like
    // nothing is there when I wipe", "the tissue doesn't register".
    "(like|as if) (its|it is|it was|theyre) (not|barely|hardly) [even|really] (there|touching)",
    "(like|as if|as though) (nothing|nothing is|nothing was|theres nothing|there is nothing|there was nothing) [even] (there|touching|touching me|touching it|touching anything)",
    "(doesnt|didnt|dont) (feel like|seem like|seem to) [its|it is|anything is] [even] (touching|touch|there)",
    "(doesnt|does not|didnt|did not|dont|do not|barely|hardly|never) [even|really] (register|registers|registering|registered)",
    // Felt, but faintly or less than it should be: "I can feel it but only faintly", "it's definitely less than
    // normal". ("less", "weaker", "duller" or "lower" than usual count only told of a feeling, not of a pain easing:
    // see `red-flag-signs.ts`.)
    "(can|do|still) feel (it|things|the paper) [but] (fainter|faintly|vaguely|barely|only faintly|only just)",
    "(less|weaker|duller|lower|fainter|more muffled) than (normal|usual|it should be|it used to be|normally|usually|it should)",
    // In the words of other languages ("sensibility" for feeling, "sleeping" for numb): "no sensibility there",
    // "reduced sensitivity", "a sleeping feeling".
    "(no|less|lost|reduced|without|loss of|diminished|decreased|poor|lower|little) (sensibility|sensitivity)",
    "(insensible|insensitive|insensibility|insensitivity|hypoesthesia|hypoaesthesia|hypesthesia|hypaesthesia)",
    // "I feel the zone between the legs like sleeping" (not "I feel like sleeping": tired, see `red-flag-signs.ts`).
    "like (sleeping|asleep)",
    "(diminished|decreased) (feeling|sensation|feelings|sensations)",
  ],
  /** Legs that fail: they will not work, hold the patient up or do as told, they give out or nearly go down. */
  "legs-fail": [
    "(not working|dont work|wont work|wouldnt work|stopped working|not responding|wont respond|dont respond|useless|feeble|no strength|lost strength|no power|lost power|not strong enough|not holding me)",
    "(mind of their own|give out|gave out|giving out|gives out|given out|give way|gave way|giving way|gives way|given way|buckle|buckled|buckling|buckles|collapse|collapsed|collapsing|folded|fold under me|folding|folds|fold up|folding up|folded up|crumple|crumpled|crumpling|crumples|went from under me|go from under me|gone from under me|went out from under me|went out from under me)",
    "(nearly went down|almost went down|nearly fell|almost fell|nearly collapsed|almost collapsed|nearly dropped|almost dropped|nearly hit the floor|almost hit the floor|nearly gone down|almost gone down)",
    "(out of my control|out of control|not under my control|no control over|cant control)",
  ],
  /**
   * Legs that will not do as they are told: the negation is the sign ("my legs aren't listening to me", "they
   * just won't obey", "barely responding"), so it is part of the cue. Without it the same words tell of legs doing
   * their work ("my legs are doing what I tell them again"), which is no sign.
   */
  "legs-obey": [
    "(not|arent|isnt|wont|will not|dont|do not|doesnt|didnt|wouldnt|werent|wasnt|never|barely|hardly|stopped|refuse to|refusing to|refused to) [really|properly|even|just] (listening|listen|obeying|obey|responding|respond|cooperating|cooperate|behaving|behave|doing what (i|im|i am) (tell|want|ask|telling|asking|wanting)|do what (i|im|i am) (tell|want|ask|telling|asking|wanting)|doing as (i|theyre) told|do as (i|theyre) told) [to me|properly]",
  ],
  /**
   * Strength going as a likeness ("the power turned down", "the battery running out", "switching off", "just hangs"):
   * weakness in the leg it is said of.
   */
  "weak-metaphor": [
    "(switching off|switched off|switches off|switch off|shutting down|shut down|shuts down|running out|ran out|run out|draining|drained|power down|powered down|turned the power down|power turned down|losing power|power cut|useless|dead weight|not holding me|barely holding me|hardly holding me|not taking my weight|wont take my weight|cant take my weight|giving up on me|gave up on me|given up on me)",
  ],
  /** Words that tell of weakness without being a finding alone (a limp may be pain): for weakness told over time. */
  "weak-mention": [
    "(limp|limping|limped|hobbling|hobble|hobbled|dragging|drags|dragged|scuffed|scuffing|scuffs|useless|shuffling|shuffle|shuffled)",
    // Holding on to get about ("now I'm holding onto the worktop to get around the kitchen").
    "(holding|hold|clinging|grabbing) (onto|on to|to) [the|my] (worktop|counter|counters|wall|walls|furniture|units|bannister|banister|things|everything) to (get|move|walk|stay)",
  ],
  /** Words of weakness coming on fast or more and more. */
  "weak-progress": [
    // "happened in like 4 hours", "over the last couple of hours": within hours.
    "(in|within|over) [like|about|around|just|only|under|less than|the last|the past] (an hour|a few hours|a couple of hours|a couple hours|couple of hours|few hours|1 hour|2 hours|3 hours|4 hours|5 hours|6 hours|7 hours|8 hours|two hours|three hours|four hours|five hours|six hours|hours)",
    // Strength ebbing as the patient speaks, or a change told from how it was to how it is: "the strength is
    // draining away", "since lunchtime I've gone from walking normally to dragging it".
    "(draining|ebbing|fading|slipping|seeping|trickling|bleeding|melting|leaking|ebbs|drains|fades|slips) away",
    "from (walking|moving|standing|getting about|going|being|feeling) [about|around|up] (normally|normal|fine|ok|okay|well|properly|perfectly|easily) to",
    "(more and more|with every hour|every hour|each hour|by the hour|hour by hour|by the minute|going fast|fading fast|draining fast|getting worse fast|quickly|rapidly|fast|downhill|going downhill|worse and worse|weaker and weaker|deteriorating|from fine to|from ok to|from okay to|from normal to|from a bit|from slightly|from a little|by lunch|by lunchtime|by the afternoon|by the evening|by tonight|by tea time|by teatime|by tea|by dinner|by dinnertime|by supper|by bedtime|by this afternoon|by this evening)",
    // A weakness word said to grow ("getting floppier", "gone draggier", "becoming more floppy").
    "(getting|gotten|got|grown|growing|becoming|become|gone|going|turning|turned) [even|a bit|a little|much|slightly] (weaker|floppier|draggier|more floppy|more draggy|more useless|more wobbly|less steady|less strong|less stable)",
  ],
  /**
   * Worse from one day to the next ("a bit more each day", "every day more bad", "getting worse every day", "weaker
   * than yesterday"): told of a weakness, weakness getting rapidly worse (read in `worse-by-day.ts`). "more each
   * day" says no direction alone ("I can lift it a bit more each day"): the reader checks the words around it.
   */
  "worse-daily": [
    "(worse|weaker|worse and worse|weaker and weaker|more bad|more worse|more weak|badder|floppier|draggier|more floppy|more draggy|less strong) (every day|each day|day by day|by the day|day after day|every single day|each passing day|with each day|with every day|every morning|each morning|daily)",
    "(every|each) (day|morning|new day) [it|its|it is|it s|it gets|it got|is|gets|getting|it is getting|its getting|has been|it has been|it becomes|becoming|it goes] [a bit|a little|a little bit|bit|little|slightly|even|much|a lot|little bit] (more|worse|weaker|floppier|draggier|more floppy|less strong|more useless)",
    "[a bit|a little|a little bit|bit|little|slightly|a tad|that bit|even|much|a lot|little bit] more (each|every) (day|morning)",
    "more (day by day|by the day|every single day|with each day|with every day|each passing day|day after day)",
    "day by day [it|its|it is|it s|is|getting|it gets|it is getting] (worse|weaker|more)",
    "(worse|weaker|floppier|draggier|more floppy) than (yesterday|the day before|the previous day|last night)",
  ],
  /**
   * A strength test of the calf or shin muscles ("single-leg heel raises", "up onto my tiptoes", "walk on my
   * heels"): not managing one is weakness of that leg (read in `red-flag-signs.ts`).
   */
  "strength-test": [
    "(heel raise|heel raises|calf raise|calf raises|toe raise|toe raises|heel lift|heel lifts|calf lift|calf lifts|heel rise|heel rises|heel walk|heel walking|toe walk|toe walking|tiptoe|tiptoes|tip toe|tip toes|tippy toes|tippytoes|tiptoeing)",
    "(on|onto|up on|up onto|up to) (my|the|his|her|your) [left|right|good|bad|weak|other] (heel|heels|toes|toe|tiptoes|tip toes|tippy toes|foot)",
  ],
  /** Not managing a movement now (present tense): "can't do one", "unable to get up", "can no longer push up". */
  "cant-do": [
    "(cant|cannot|can not|unable to|not able to|can no longer|no longer able to|couldnt|could not) [even|really|quite|actually|properly|seem to|manage to] (do|manage|get|go|push|lift|rise|stand|walk|balance|hold|raise|come|complete|perform|get up|go up|push up|push off|stay up)",
    // The part itself not coming up in the test ("the left heel wouldn't lift").
    "(wouldnt|wont|would not|will not) [even|really|quite|properly] (lift|rise|raise|go up|come up|push up|lift up|come off the floor|leave the floor)",
  ],
  /** Not managing, with the movement left unsaid ("I could walk on my heels this morning, now I can't on the left"). */
  "cant-elliptic": [
    "(cant|cannot|can not|can no longer|couldnt|could not) (on|at all|now|either|with|today|this|on either|on that)",
  ],
  /** Managing a movement before ("yesterday I could stand on my heels fine"): a time when the leg was still strong. */
  "could-do": [
    "(could|could still|was able to|were able to|was still able to|managed to|had no trouble|had no problem|had no problems) [easily|still|happily|just|quite|really|even] (do|manage|get|go|push|lift|rise|stand|walk|balance|hold|raise|hop|climb|get up|go up|push up|push off|stay up)",
  ],
  /** Weakness reaching further: "now it's the whole leg", "up to my knee". */
  "weak-extent": [
    "(the|my) (whole|entire) (leg|foot|side|thigh|calf|lower leg)",
    "all (of my|my|of the|the) (leg|foot|thigh)",
    "[all the way] up (to|into) (my|the) (knee|thigh|hip|calf)",
  ],
  /** Pain, tiredness or another reason, not strength, stopping a movement ("too sore to", "no time"). */
  "pain-limited": [
    "(sore|painful|aching|achy|tired|fatigued|exhausted|knackered|burning|burn|because|cos|coz|no time|forgot|too busy|not allowed|told not to|told me not to|said not to)",
    "(too sore|too painful|too stiff|too tight|hurts too much|hurt too much|because of the pain|because it hurts|cos it hurts|because of pain|due to pain|due to the pain|too much pain|hurts to|painful to|sore to|the pain stops me|pain stops me|without pain|without it hurting|cramp|cramps|cramping|doms|so sore|really sore|too achy|it hurts|hurts)",
  ],
  /** Legs gone limp or heavy ("jelly", "cooked spaghetti", "like lead"): fatigue after exertion, else a two-leg sign. */
  "legs-limp": [
    "(jelly|jello|spaghetti|noodles|noodle|overcooked|cooked|rubber|rubbery|like rubber|cotton wool|marshmallow|blancmange|heavy|heaviness|leaden|like lead|lead weights|concrete|like tree trunks|dead weight|dead weights|floppy|limp|wet lettuce|bendy|wobbliness|shakiness|wobbles)",
    // Moving as if through something thick: "like I'm wading through mud", "walking through treacle".
    "(wading|wade|wades|waded|trudging|trudge|slogging|slog) through",
    "(walking|walk|moving|move|going) through (mud|treacle|molasses|quicksand|glue|concrete|syrup|wet cement|cement|wet sand|deep snow)",
  ],
  /** A plural leg word doing something, not feeling something: "crossed my legs", "on my feet all day". */
  "legs-object": [
    "(crossed|cross|crossing|uncrossed|uncross|folded|fold|folding|shaved|shave|shaving|tucked|tuck|put|putting|rested|rest|resting|elevated|elevate|massaged|massage|rubbed|rub|rubbing|wrapped|hugged|hug|hugging|dangled|dangle|strapped|tied|dried|washed|moisturised|moisturized|waxed|worked|work|working|trained|train|toned|tone|warmed|warm|soaked|soak|crossing) [both] (my|your|the|his|her) (legs|feet|thighs|calves|shins|knees|ankles)",
    "(been|being|be|was|were|am|im|stay|stayed|staying|get|got|getting|back|stood|standing|was on|rushed|run) (on|off) [my|your] (feet|legs)",
    // What a jump or a slip landed on: "jarred myself landing on my feet", "landed on both feet".
    "(land|lands|landed|landing|jumped|jumping|hopped|hopping) (on|onto) [my|your|both|both my] (feet|legs)",
    "(put|putting|kept|keep|keeping|had|have|having|with|got|get) (my|your|both) (feet|legs) up",
    // Legs that are not the patient's two: "the exercise on four legs (bird dog)", "on all fours", "a four-legged".
    "(four|4|all four) (legs|feet|limbs|legged)",
    "(legs|feet|knees) (crossed|up|apart|together|tucked|raised|elevated|in the air|up the wall)",
    // Sitting or kneeling on folded legs: "I sit with my legs folded under me" is a posture, not legs that give.
    "(with|sit|sitting|sat|sits|kneel|kneeling|knelt|curl up|curled up) [with] (my|both|both my|the|your) (legs|feet|knees) (folded|tucked|crossed|curled) [under me|beneath me|underneath me|under my bum]",
    "(sweep|swept) (me|you) off my feet",
    // Putting something off: "I've been dragging my feet about booking physio" (not feet that drag when walking).
    "(drag|drags|dragging|dragged) (my|your|his|her|our|their) feet (about|over|on|with|in|booking|doing|getting|going|a bit about|a bit with|a bit on)",
  ],
  /** One leg named after another, as the same symptom in it: "the left one started doing the same thing". */
  "same-again": [
    "(doing the same|does the same|did the same|doing that too|doing it too|doing it as well|doing that as well|same thing|the same|same again|joined in|started up|followed|followed suit|copying|caught up|as well now|too now|now too|also now)",
    // "my left leg feels weak and so does the right", "same with the other one".
    "(so does|so do|so did|so is|so has|so have|same with|same for|same goes for|same on|same in)",
  ],
  /**
   * Both sides told on their own after a symptom of the legs ("Numb from the knees down. Both sides.", "My leg has
   * gone heavy. Both of them actually"): read in `extract.ts` only where it stands as a fragment.
   */
  "both-fragment": [
    "(both|both of them|both sides|both legs|both feet|both of my legs|both of my feet|each side|either side|each leg|each foot|left and right|right and left|on both sides|in both|in both of them|in both legs|on both legs|down both)",
  ],
  /** The chest and what can be wrong in it. */
  "dom-chest": ["(chest|breastbone|sternum)"],
  /** An exercise or a position named by the chest ("knees to chest", "chest stretch"): no chest symptom. */
  "chest-exercise": [
    "(knee|knees|leg|legs|thigh|thighs|foot|feet) (to|towards|into|onto|up to|in to) (my|the|your) chest",
    "(knee|knees) to chest",
    "(hug|hugging|hugged|pull|pulling|pulled|bring|bringing|brought|draw|drawing|drew) (my|your|the|both) (knee|knees|legs|leg) (to|towards|into|up to|in to) (my|the|your) chest",
    "chest (stretch|stretches|stretching|opener|openers|press|presses|fly|flies|flys|exercise|exercises|muscles|muscle|day|workout|expansion|expansions|rotation|rotations|of drawers)",
  ],
  "dom-breath": [
    "(breath|breaths|breathe|breathing|breathless|air|puff|winded|lungs|inhale|exhale)",
  ],
  /** Tearing or ripping inside, the aorta's warning. */
  tearing: [
    "(tearing|tore|rip|ripping|ripped|rips|tear|torn apart|ripped apart|tearing apart|being torn|being ripped|ripping apart|unzipped|unzipping|splitting open|split open|shredding|shredded|shred|cleaving)",
  ],
  /** Pain going through to the front: with sudden or severe pain, the picture of a tear in the aorta. */
  "through-front": [
    "(through|right through|straight through|all the way through|through to|right through to|straight through to|round to|around to) [my|the] (belly|tummy|stomach|front|abdomen|chest|belly button|navel)",
  ],
  /** Pain that goes to the chest ("spread to my chest and left arm", "round to the front of my chest"). */
  "to-chest": [
    "(spread|spreading|spreads|moved|moving|moves|goes|going|went|radiates|radiating|radiated|travels|travelling|traveled|shoots|shooting|shot|wraps|wrapping|wrapped|round|around|through|across|into) (to|into|round|around|through|across|up to) [to] [the front of] [my|the] chest",
    "(round|around|through) to the front of [my|the] chest",
  ],
  /** Short of breath in a word ("winded", "panting"): at rest, not after exertion, a sign. */
  "breathless-word": [
    "(winded|puffed out|out of puff|panting|gasping|gasping for air|fighting for breath|struggling for air|cant get enough air|air hunger|cant catch my breath)",
    "(hurts|painful|pain|sore|hard|difficult|struggle|struggling) (to|when i|when i try to|to take a) (breathe|breath|take a breath|breathe in|breathing)",
  ],
  /** Faint, sweaty or clammy: with sudden or severe pain, a sign of bleeding inside. */
  "faint-sweaty": [
    "(sweaty|sweating|cold sweat|cold sweats|clammy|pale|grey|gray|white as a sheet|ashen|woozy|faintness|fainting|lightheaded|light headed|dizzy|dizziness|giddy)",
    "(feel|feels|feeling|felt|went|go|going|gone|quite|very|really|bit|so|and|nearly|almost|about to) faint",
    "faint and",
    "(going to|about to|nearly|almost|like i might|like im going to|thought i would|i will|i might|id|i would|im going to) (faint|pass out|black out|collapse|keel over|fall down|fall over)",
    "(room|world|head|everything) [is|was|s|keeps|kept] (spinning|spun|spins|going round)",
  ],
  /** The worst pain of the patient's life. */
  "worst-pain": [
    "worst (pain|back pain|agony) (ever|of my life|in my life|imaginable|ive ever had|i have ever had|ive ever felt|i have ever felt|ive ever known|i have ever known|ive had|ive felt|i can imagine|i can remember|ive ever experienced|i have ever experienced)",
    "(the|my) worst ever",
    "worst ive ever (had|felt|known)",
    "(never|not ever) (had|felt|known) (pain|anything|a pain) like (it|this|that)",
    "(off the charts|off the chart|off the scale|through the roof|11 out of 10|eleven out of ten|beyond 10|more than 10)",
    "(crying|in tears|screaming|sobbing|weeping|cried) (with|from|because of|in|of) [the] (pain|it|agony)",
  ],
  /** A flare or episode the worst or biggest in a while ("the worst I've had since starting PT"). */
  "worst-flare": [
    "(worst|biggest|nastiest|longest|worst one|biggest one|worst flare|biggest flare|worst flare up|biggest flare up) (ive had|i have had|ive ever had|in (ages|months|weeks|a while|a long time|a year)|for (ages|months|weeks|a while)|since (starting|i started|beginning|i began|the start))",
    // Told by what it did: "a flare that put me on the couch for a day", "it floored me", "laid up for two days".
    "(put|had|left|kept) me (on the couch|on the sofa|in bed|flat on my back|off work|off my feet|out of action)",
    "(laid up|bed bound|bedbound|floored me|wiped me out|knocked me out|knocked me for six|knocked me sideways|took me out)",
    "(couldnt|could not|cant|cannot) (do|manage) (anything|much|a thing) (all day|for a day|for the day|for two days|for 2 days)",
  ],
  /** Severe pain as what the patient cannot do: help to dress or wash, not into the shower. */
  "cannot-function": [
    "(help|helping|helped) me (dress|wash|get dressed|shower|get up|get out of bed|to the toilet|get washed)",
    "(cant|cannot|couldnt|unable to|could not) get (in|into|out of) the (shower|bath)",
    "(cant|cannot|couldnt|can barely|can hardly) string (a sentence|two words|words) together",
    // Washing not managed: "couldn't manage a shower this morning", "I can't face a wash", "wasn't able to manage
    // my shower".
    "(cant|cannot|can not|couldnt|could not|can barely|can hardly|could barely|could hardly|unable to|not able to|wasnt able to|was not able to|havent been able to) [even] (manage|face|cope with|handle) (a|my|the|to) (shower|wash|bath|showering|washing)",
  ],
  /**
   * Losing the thread of what one was saying ("lost track of what I was saying", "forgot what I was saying"): the
   * NHS picture of pain so bad it is hard to talk, read in `lost-thread.ts` only with the pain as its reason.
   */
  "lost-thread": [
    "(lost|lose|losing|loose|loosing|forgot|forget|forgetting) (track of|the thread of|my thread|the plot of) what i (was|am|m|were) (saying|on about|talking about)",
    "(lost|lose|losing|loose|loosing|forgot|forget|forgetting) what i (was|am|m|were) (saying|on about|talking about)",
    "(lost|lose|losing|loose|loosing) my (train of thought|thread|words)",
  ],
  /** Rest, lying down, painkillers: what should ease severe pain. */
  "dom-rest": [
    "(rest|resting|rested|lying|lying down|lying flat|lay down|laying|laying down|lie down|sitting still|bed rest|painkillers|pain killers|tablets|meds|medication|ibuprofen|paracetamol|codeine|naproxen|hot water bottle|heat pack|position|positions)",
  ],
  /** Not eased: "hasn't touched it", "makes zero difference", "just as bad". */
  "abn-no-relief": [
    // "nothing I do settles it", "no position I try eases it", "nothing seems to help".
    "(nothing|no position|no painkiller|no tablet|no amount of rest|no way of lying|nowhere) [that|which] [i do|i try|i take|i find|seems to|will|at all|really|even] (settles|settle|eases|ease|helps|help|touches|touch|shifts|shift|relieves|relieve|gets rid of|takes it away|takes the edge off|makes it better|makes a difference|makes any difference)",
    "(hasnt touched|doesnt touch|didnt touch|not touching|wont touch|doesnt help|didnt help|hasnt helped|not helping|isnt helping|no difference|zero difference|makes no difference|made no difference|doesnt ease|didnt ease|not easing|isnt easing|hasnt eased|wont ease|no relief|just as bad|still as bad|doesnt do anything|does nothing|did nothing|nothing helps|no help|not working|arent working|isnt working|dont work|doesnt work|havent worked|not even touching)",
    // Slang for nothing at all: "lying flat does sweet FA", "resting does jack all", "does bugger all".
    "(does|did|do|doing) (sweet fa|sweet f all|fa|f all|jack|jack all|jack squat|diddly squat|bugger all|sod all|zilch|zip|nowt|naff all|sweet nothing|squat)",
  ],
  /** Not sleeping, or the night: with pain, night pain. */
  "dom-night": [
    "(at night|in the night|every night|each night|all night|through the night|night time|nighttime|nights|lying in bed|wakes me|woke me|waking me|keeps me awake|kept me awake|keeps me up|kept me up)",
    "(cant|cannot|couldnt|could not|unable to|hardly|barely|didnt) (sleep|get to sleep|sleep a wink|get any sleep|get comfortable|get comfy)",
  ],
  /** A movement the patient cannot make: "can't turn to look over my shoulder", "can't straighten up fully". */
  "lost-move": [
    "(cant|cannot|can not|couldnt|unable to|not able to|struggle to|struggling to|can barely|can hardly) [fully|properly|really|even|quite|seem to] (bend|twist|turn|rotate|lean|straighten|reach|look over|look behind|look round|stand up straight|stand straight|stand tall|stand upright|sit up straight|arch|extend|flex|side bend|touch my toes|get my leg up|lift my leg|roll over)",
    // Reach cut short: "I can only reach my knees now", "can only get down to my shins".
    "(can|could) only (reach|touch|get|get down|bend|bend down|get my hands|get my fingers|get my fingertips) (to|down to|as far as) [about|around|roughly|just|maybe] [my|the] (knees|knee|shins|shin|thighs|thigh|mid thigh|ankles|ankle|calves|calf)",
    "(can|could) only (reach|touch) (my|the) (knees|knee|shins|shin|thighs|thigh|ankles|ankle|calves|calf)",
    // Without the "can": "since the session I only get to my knees", "now only to my knees".
    "(i|im|now|and|but) only (reach|touch|get|get down|bend|bend down|get my hands|get my fingers|get my fingertips) [to|down to|as far as] [about|around|roughly|just|maybe] [my|the] (knees|knee|shins|shin|thighs|thigh|mid thigh|ankles|ankle|calves|calf)",
    "(now|nowadays) only (to|down to|as far as) [about|around|roughly|just|maybe] [my|the] (knees|knee|shins|shin|thighs|thigh|mid thigh|ankles|ankle|calves|calf)",
    // The floor out of reach: "I can't touch the floor anymore", "can no longer get my hands to the ground".
    "(cant|cannot|can not|couldnt|unable to|not able to|can no longer|no longer able to|no longer) [even|quite|really] (touch|reach|get to|get down to|get my hands to|get my fingers to|get my fingertips to|put my hands on|put my hands flat on|put my palms on) (the floor|the ground|my feet)",
    // A movement said to be held back: "bending sideways to the right is still restricted", "my rotation feels limited".
    "(bending|turning|twisting|rotating|rotation|leaning|reaching|side bending|movement|range|mobility) [forward|forwards|sideways|backwards|over|down|round] [to the left|to the right|to the side|left|right] [is|s|was|feels|felt|has been|still|is still|remains|gets] (restricted|limited|blocked|still restricted|still limited|a bit restricted|a bit limited|quite restricted|quite limited|really restricted|really limited|very restricted|more restricted|more limited)",
    // More limited than it was, whatever the movement ("Turning over in bed has been much more limited than before
    // PT", "getting out of the car is a lot more restricted than it used to be").
    "[much|a lot|far|way|even|so much] more (limited|restricted) than (before|it was|it used to be|it was before|usual|normal|previously|last week)",
    // The back that will not do it: "my back won't straighten fully", "it just won't straighten up".
    "(wont|will not|doesnt|does not|just wont|still wont|still doesnt|wouldnt) [fully|properly|quite|all the way|completely] (straighten|straighten up|straighten out|go straight|stand up straight|stand straight|stand upright|arch|extend)",
    // The back not letting the patient do it: "my back won't let me stand up straight".
    "(wont|will not|doesnt|does not|still wont|just wont) let me [fully|properly] (straighten|straighten up|stand up straight|stand straight|stand upright|stand up tall|bend|bend down|bend over|twist|turn|lean back|arch)",
    // Stuck in a bent posture: "still bent over a bit", "I'm stuck hunched forward", "walking stooped".
    "(still|stuck|im|i am|am|walking|left|been) [a bit|a little|slightly|quite|really|all|stuck] (bent over|bent forward|bent forwards|hunched over|hunched forward|hunched|stooped|stooping|leaning forward|leaning forwards|leaning to one side|leaning to the side|tilted to one side|crooked|lopsided|twisted to one side)",
  ],
  /** Lost for good, or for days: "any more", "it's stuck", "not coming back", "for 5 days", "since last week". */
  "move-persist": [
    "(isnt coming back|is not coming back|wont come back|will not come back|not returning|isnt returning|any more|anymore|no longer|not coming back|hasnt come back|has not come back|havent got it back|not come back|never came back|didnt come back|still stuck|stuck|locked|at all|ever since)",
    // Not getting back to how it was: "it isn't getting back to how it was", "still not back to normal".
    "(isnt|not|hasnt|never|wont|doesnt|didnt|havent) [really|fully|yet] (getting|got|gone|going|coming|come|get) back to (how it was|where it was|normal|the way it was|how it used to be|before)",
    "(still|its still|still isnt|still not) [not] (back to normal|back to how it was|back to where it was)",
    // (and since the session of a named day: "since pt tuesday", "since physio on Monday")
    "since (pt|physio|the physio|the session|my session|therapy|treatment) [on|last] (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    // Still as it was, told again later: "still like it Saturday", "still like that today".
    "(still|its still|it is still|im still) like (it|that|this) (today|now|saturday|sunday|monday|tuesday|wednesday|thursday|friday|this morning|days later)",
    "since (last week|the last session|my last session|last session|the manipulation|the session before|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(two|2|three|3|a few|several|the last) sessions ago|(two|2|three|3|a few|several) (days|weeks) ago)",
    "(for|its been|it has been|been) (3|4|5|6|7|8|9|10|three|four|five|six|seven|eight|nine|ten|a few|several) days",
    "(3|4|5|6|7|three|four|five|six|seven|a few|several) days (now|later|on|after)",
    // A week or more: "it's been like that all week", "for over a week now".
    "(all|the whole|the entire) week",
    "for (a|a whole|over a|more than a|about a|nearly a|almost a|a full) week",
    "(for|its been|it has been|been) (a couple of|two|2|three|3|a few|several) weeks",
    // "still restricted a week later", "for over a week", "a fortnight on".
    "(a|one|two|2|three|3|a couple of|couple of|several|a few) (week|weeks|fortnight|fortnights) (now|later|on|after)",
    "(for|its been|it has been|been) [over|more than|about|nearly|almost] (a|one|two|2|a couple of|several|a few) (week|weeks|fortnight)",
  ],
  /**
   * Not as it was before the session: "can't twist to look over my shoulder like I could before the session" (a
   * loss against before, which movement coming back later in the sentence can still undo, unlike `move-persist`).
   */
  "move-before": [
    "(like|as|the way|as well as|as far as) (i could|i used to|i did|i was able to|i managed) (before|previously|before the session|before that session|before the last session|before my last session|before last session|before the physio|before physio|before pt|before the treatment|before the manipulation)",
  ],
  /** Movement that returned: "it came back by the evening", "back to normal the next day", "freed up again". */
  "motion-back": [
    "(came back|come back|comes back|has come back|returned|has returned|back to normal|back to how it was|back to usual|back to my usual|freed up|loosened up|loosened off|got it back|got it all back|normal again|fine again|all back)",
  ],
  /**
   * Moving better day by day, a loss of movement coming back: "today I'm moving much better", "bending easier
   * again".
   */
  "moving-better": [
    "(moving|move|bending|bend|twisting|walking) (much|a lot|loads|heaps|way|far|so much|a bit|a little|slightly|lots) (better|easier|more freely|freer|more easily)",
    "(moving|bending|twisting) (better|easier|more freely|freer|more easily) (now|again|today|each day|every day)",
  ],
  /** No position eases it: "whichever way I lay", "no matter how I sit". */
  "any-position": [
    "(whichever|whatever|which ever|what ever|no matter which|no matter what|no matter how|any|every|each) (way|position|side|how) (i|im|you) (lay|lie|lie down|lay down|sit|turn|try|move|get|lean|sleep|put myself)",
    "(no matter|regardless of) (how|what|which way) (i|you) (lay|lie|sit|turn|move|position)",
    "in (any|every) position",
  ],
  /** Pain there even at rest or in bed: "even when I'm lying in bed at night", "still there when I rest". */
  "even-at-rest": [
    "(even|still|also) (when|while|whilst|if|as) (im|i am|i|ive) [just] (lying|laying|lie|lay|resting|rest|in bed|lying down|lying in bed|sitting still|asleep|trying to sleep|still)",
    "(even|still) (lying|laying|resting|in bed|at rest|lying down|lying still|sitting still|at night|in the night)",
    "(even|still) (there|present|hurts|hurting|aching) (at rest|when resting|when i rest|lying down|in bed|at night)",
  ],
  /** The belly, for a pulsing or throbbing there (the aorta). */
  "dom-belly": ["(belly|tummy|stomach|abdomen|abdo|gut|navel|belly button|tum)"],
  "abn-pulse": [
    "(throbbing|pulsing|pulsating|beating|beats|pounding|thumping|thumps|heartbeat|heart beat|pulse|second heart|second heartbeat|ticking|pulsates|throbs|throbbed|pulsed|pulses|bounding)",
  ],
  /** Sexual function and feeling, for a new change in it. */
  "dom-sexual": [
    "(erection|erections|morning wood|morning glory|hard on|hard ons|boner|boners|orgasm|orgasms|climax|climaxes|climaxing|ejaculation|ejaculate|ejaculating|ejaculations|penis|willy|manhood|dick|cock|my junk|man part|my tackle)",
    // Sex itself, however it is named ("sex has been weird", "in the marital sense", "the bedroom department").
    "(sex|intercourse|lovemaking|love making|making love|make love|made love|sex life|sexual feeling|sexual sensation|sexual function|being intimate|marital sense|marital relations|marital duties|conjugal relations|bedroom department|that department|in the bedroom)",
    // Touching oneself ("when I touch myself I can hardly feel it").
    "(touch|touching|touched|touches|pleasure|pleasuring|pleasured|play with|playing with) myself",
    "(masturbate|masturbating|masturbation|masturbated|self pleasure|wank|wanking|jerk off|jerking off)",
    // Orgasm told as a verb: "when I orgasmed I hardly felt anything", "when I came last night I barely felt it" ("I
    // came" or "I come" only with no place or purpose after it: "when I came in for my session": see
    // `red-flag-signs.ts`).
    "(orgasmed|orgasming|ejaculated|cummed|cumming|climaxed)",
    "(i|we) (came|come|cum)",
    // Intimacy and sex in everyday words ("when we were intimate", "finished in bed with my partner", "during
    // intimacy"): finishing with a partner or in bed is climax ("finished the exercises in bed" is not).
    "(intimacy|intimate with|were intimate|was intimate|got intimate|getting intimate|get intimate|being intimate with|shagging|shagged|bonking|nookie|nooky|hanky panky|sexy time|did the deed|doing the deed|slept together|sleeping together)",
    "(finished|finish|finishing|climaxed) (in bed with|with) (my|the|her|him) (partner|wife|husband|hubby|girlfriend|boyfriend|gf|bf|missus|mrs|other half|fiance|fiancee|spouse|lady|man|woman)",
    "(finished|finish|finishing) in bed [last night|this morning|the other night|on saturday|on sunday|on friday]",
    // Sex named by a euphemism ("guy stuff - couldn't finish last night").
    "(guy|man|men|mens|male|bloke|blokey) (stuff|things|thing|department|problem|problems|issue|issues|trouble)",
  ],
  /**
   * Sex told as performing with a partner or in bed ("perform with my wife"): a failure to (`red-flag-signs.ts`) is
   * a change of sexual function. Not "perform the exercises with my wife watching".
   */
  "dom-perform": [
    "(perform|performing|performed) (with|for) (my|the|her|him) (wife|husband|partner|girlfriend|boyfriend|missus|mrs|hubby|other half|fiance|fiancee|lady|man|woman|spouse)",
    "(perform|performing|performed) (in bed|in the bedroom|sexually|in that department|in that way|down there|for her|for him)",
  ],
  /**
   * Erections or orgasm absent, told as "no ...": "no erection in the morning since 4 days", "zero morning wood"
   * (not "no erection problems": see `red-flag-signs.ts`).
   */
  "sex-absent": [
    "(no|zero|not any|not a single|not one|never any|never an|havent had any|havent had an|hasnt been any|not had any|not had an) [morning] (erection|erections|morning wood|morning glory|boner|boners|hard on|hard ons|orgasm|orgasms|climax|ejaculation|ejaculations)",
  ],
  /** Sleep and the night, for sweats that drench the patient there ("waking up drenched in sweat"). */
  "dom-sleep": [
    "(at night|in the night|overnight|every night|each night|nights|night time|nighttime|in bed|in my sleep|asleep|sleeping|wake up|waking up|woke up|woken up|wake|wakes|waking|woke|woken|sheets|pillow|pillows|pyjamas|pajamas|pjs|nightie|nightdress|bedding|duvet|bed)",
  ],
  /** Heavy sweating: drenched, soaked or dripping with sweat, sweating buckets (not a sweaty brow). */
  "sweat-heavy": [
    "(drenched|soaked|soaking|dripping|sopping|wringing|bathed|pouring|swimming|sodden|covered) [wet|through] (in|with|from|of) sweat",
    "wet (through|right through) (with|from) sweat",
    "(drenching|soaking|heavy|profuse|bad|terrible|awful|horrible|crazy|massive|huge) (sweats|sweating)",
    "(sweating|sweated|sweat|sweats) (buckets|like mad|like crazy|like a pig|profusely|heavily|loads|so much|a lot|right through|through)",
  ],
  /** The foot and toes, for a foot that drops: flopping, slapping, dragging or catching (`red-flag-signs.ts`). */
  "dom-foot": ["(foot|toes|toe|front of my foot|front of the foot)"],
  /** Weight, for weight loss. */
  "dom-weight": ["(weight|pounds|kilos|kg|lbs|stone|half a stone|a stone|kilograms)"],
  "abn-weight-loss": [
    "(lost|losing|lose|loss|dropped|dropping|shed|shedding|come off|coming off|came off|gone down|going down|fallen|falling off|fell off|dropped off)",
  ],
  /** Weight lost on purpose: no warning sign. */
  "weight-intended": [
    "(diet|dieting|diets|trying|tried|on purpose|deliberately|intentionally|slimming|weight watchers|calorie|calories|fasting|ozempic|wegovy|mounjaro|to lose|goal|target|meant to|glad|pleased|happy)",
  ],
  /**
   * Pain in the leg drawing back up towards the spine ("the leg pain has pulled back up to my buttock", "the
   * sciatica is retreating", "it's centralised"): centralisation, the favourable direction (read in
   * `centralising.ts`).
   */
  centralising: [
    "(pulled|pulling|pulls|moved|moving|moves|gone|went|going|goes|come|came|coming|comes|crept|creeping|creeps|drawn|drawing|draws|shifted|shifting|shifts|travelled|traveled|travelling|traveling|backed|headed|heading|retreated|retreating|retreats) back up",
    "(retreated|retreating|retreats|receded|receding|recedes|centralised|centralized|centralising|centralizing|centralises|centralizes)",
    "(moved|moving|gone|going|come|coming|crept|creeping|shifted|shifting|pulled|pulling) (up|higher|further up|back) (out of|from) (my|the) (calf|foot|thigh|leg|knee|shin|ankle|toes)",
  ],
  /**
   * Going up, of pain or of anything ("crept up", "has risen", "gone up a notch"): with "every week" a rise week on
   * week when pain is what rises (read in `red-flag-signs.ts`, not "my reps have gone up every week").
   */
  rising: [
    "(crept|creeping|creeps|creep|edged|edging|edges|inched|inching|ticked|ticking|crawled|crawling|gone|went|goes|going|gotten|got|gets|getting|moved|moving|notched|creeped) up",
    "(climbed|climbing|climbs|risen|rose|rises|rising|increased|increasing|increases|worsened|worsening|worsens|escalated|escalating)",
    "up a (notch|bit|little|point|level|touch)",
    // As people new to English say it: "my back pain every week more bad", "each week more pain".
    "(more bad|more worse|worser|badder|more pain|more painful)",
    // Hurting more, which is pain going up: "my back is hurting more every week", "it aches a bit more each week".
    "(hurting|hurts|hurt|aching|aches|ache) [a bit|a little|a lot|a little bit|a touch|even|slightly|much|that bit|just a bit] more",
    "more (sore|achy|stiff|tender)",
  ],
  /**
   * A session or week named by its number, opening what it brought ("Session 3: sorer", "after session 4 the worst
   * yet", "week 2 a bit sorer"): read as a series in `session-series.ts`.
   */
  "session-label": [
    "(session|sess|visit|appointment|appt|class|workout|week|wk) (1|2|3|4|5|6|7|8|9|10|11|12|one|two|three|four|five|six|seven|eight|nine|ten)",
    "(1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (session|visit|appointment|class|workout|week)",
  ],
} as const;

export type CueKind = keyof typeof CUE_PATTERNS;

export const CUE_KINDS = Object.keys(CUE_PATTERNS) as readonly CueKind[];

/** Each kind's place in `CUE_KINDS`: a reading keeps its cues in an array by kind rather than in a map. */
export const CUE_INDEX: Readonly<Record<CueKind, number>> = Object.freeze(
  Object.fromEntries(CUE_KINDS.map((kind, index) => [kind, index])) as Record<CueKind, number>,
);

/**
 * The same places in a Map, for `cuesOf`: it runs over a thousand times per message from over a hundred call
 * sites, too many for the engine to inline it everywhere, and a property read on `CUE_INDEX` with a key that
 * varies stays a generic (megamorphic) lookup where `Map.get` hashes a string whose hash it already keeps (about
 * 3% of `assess` at 2,000 characters, measured A/B).
 */
export const CUE_PLACES: ReadonlyMap<CueKind, number> = new Map(
  CUE_KINDS.map((kind, index) => [kind, index]),
);

/**
 * The cue patterns compiled: their words (so the typo corrector can correct towards them too, "rigth" -> "right")
 * and their trie, to flatten with `CUE_INDEX` numbering the values and with the lexicon's word numbering (so a
 * reading looks each word up once). Not kept: the reader keeps only the flat trie.
 */
export const compileCues = (): CompiledPatterns<CueKind> =>
  compilePatterns(
    CUE_KINDS.flatMap((kind) => CUE_PATTERNS[kind].map((pattern) => [pattern, kind] as const)),
  );
