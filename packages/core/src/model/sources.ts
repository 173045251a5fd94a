import type { Source } from "./assessment";

/**
 * The evidence list of shared/clinical/reference.md, by key. Every rule and every piece of guidance names its
 * sources by these keys; `sources.test.ts` checks this table against the reference file.
 */
export const SOURCES = {
  R1: {
    key: "R1",
    title:
      "American College of Sports Medicine. Delayed Onset Muscle Soreness (information brochure; 12–24 h onset, greatest pain 24–72 h).",
    url: "http://www.spartaindependent.com/sponsored-content/physical-therapy-expert-melissa-prestipino-dpt-sore-muscles-after-exercising-HN834999",
  },
  R2: {
    key: "R2",
    title: "Cleveland Clinic. Delayed Onset Muscle Soreness (DOMS).",
    url: "https://my.clevelandclinic.org/health/diseases/delayed-onset-muscle-soreness",
  },
  R3: {
    key: "R3",
    title:
      "Cheung K, Hume PA, Maxwell L. Delayed onset muscle soreness: treatment strategies and performance factors. Sports Med 2003;33(2):145–164. doi:10.2165/00007256-200333020-00005.",
    url: "https://www.liquisearch.com/delayed_onset_muscle_soreness/characteristics",
  },
  R4: {
    key: "R4",
    title:
      "Senstad O, Leboeuf-Yde C, Borchgrevink C. Frequency and characteristics of side effects of spinal manipulative therapy. Spine 1997;22(4):435–440.",
    url: "https://pubmed.ncbi.nlm.nih.gov/9055373/",
  },
  R5: {
    key: "R5",
    title:
      "Cagnie B et al. 2004 (465 patients), as summarised in JAOA review of manual-therapy adverse events",
    url: "https://jaoa.org/article.aspx?articleid=2673878",
  },
  R6: {
    key: "R6",
    title:
      "Paanalahti K et al. Adverse events after manual therapy among patients seeking care for neck and/or back pain: an RCT. BMC Musculoskelet Disord 2014;15:77.",
    url: "https://www.biomedcentral.com/1471-2474/15/77",
  },
  R7: {
    key: "R7",
    title:
      "Tabell V, Tarkka IM, Holm LW, Skillgate E. Do adverse events after manual therapy have an impact on the chance to recover? Chiropr Man Therap 2019.",
    url: "https://www.springermedicine.com/link?doi=10.1186/s12998-019-0248-9",
  },
  R8: {
    key: "R8",
    title:
      "Fees M, Decker T, Snyder-Mackler L, Axe MJ. Upper extremity weight-training modifications for the injured athlete: a clinical perspective. Am J Sports Med 1998;26(5):732–742.",
    url: "https://pubmed.ncbi.nlm.nih.gov/9784824/",
  },
  R9: {
    key: "R9",
    title:
      "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: an RCT. Am J Sports Med 2007;35(6):897–906.",
    url: "https://read.qxmd.com/read/17307888/",
  },
  R10: {
    key: "R10",
    title:
      "Aina A, May S, Clare H. The centralization phenomenon of spinal symptoms — a systematic review. Man Ther 2004;9:134–143.",
    url: "https://data.zhenzhi.com/details/1/902990984/1/3",
  },
  R11: {
    key: "R11",
    title: "NHS. Sciatica (NHS content as republished by NHS 111 Wales)",
    url: "http://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/",
  },
  R12: {
    key: "R12",
    title: "NHS. Back pain — urgent GP/111 and 999/A&E criteria",
    url: "https://redflagsymptoms.co.uk/back-pain",
  },
  R13: {
    key: "R13",
    title:
      "Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J. International framework for red flags for potential serious spinal pathologies. JOSPT 2020;50(7):350–372. doi:10.2519/jospt.2020.9971.",
    url: "https://researchers.mq.edu.au/en/publications/international-framework-for-red-flags-for-potential-serious-spina",
  },
  R14: {
    key: "R14",
    title:
      "NICE. Low back pain and sciatica in over 16s: assessment and management (NG59), 2016, updated 2020.",
    url: "https://www.nice.org.uk/guidance/ng59",
  },
  R15: {
    key: "R15",
    title:
      "NICE Clinical Knowledge Summaries. Sciatica (lumbar radiculopathy): interpreting red flags.",
    url: "http://www.cks.nhs.uk/sciatica_lumbar_radiculopathy/management/scenario_diagnosis/assessing_for_serious_risks_red_flags/interpreting_red_flags",
  },
  R16: {
    key: "R16",
    title:
      "Getting It Right First Time (NHS England). National suspected cauda equina syndrome pathway (2023).",
    url: "https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/",
  },
  R17: {
    key: "R17",
    title:
      "Healthcare Safety Investigation Branch. Timely detection and treatment of cauda equina syndrome (2021).",
    url: "https://hssib.org.uk/patient-safety-investigations/timely-detection-and-treatment-of-spinal-nerve-compression-cauda-equina-syndrome-in-patients-with-back-pain/investigation-report",
  },
  R18: {
    key: "R18",
    title: "CES warning-sign cards/leaflets (Greenhalgh, Mercer, Finucane)",
    url: "https://www.backes.org.uk/cauda-equina-warning-signs/",
  },
  R19: {
    key: "R19",
    title:
      "Greenhalgh S, Truman C, Webster V, Selfe J. Development of a toolkit for early identification of cauda equina syndrome. Prim Health Care Res Dev 2016.",
    url: "https://core-prod.cambridgecore.org/core/journals/primary-health-care-research-and-development/article/development-of-a-toolkit-for-early-identification-of-cauda-equina-syndrome/4411BF5AD60AABFAF5CE9D6532F35B7D",
  },
  R20: {
    key: "R20",
    title:
      "Lavy C, Marks P, Dangas K, Todd N. Cauda equina syndrome — a practical guide to definition and classification. Int Orthop 2022;46:165–169.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8782783/",
  },
  R21: {
    key: "R21",
    title:
      "Community Red Flags for Lower Back Pain / Radicular Pain (September 2023; provenance UNCONFIRMED).",
    url: "https://scribd.com/document/717602173/Community-red-flags-September-2023",
  },
  R22: {
    key: "R22",
    title: "Gloucestershire NHS acute back pain pathway red flags and recommended responses",
    url: "https://slideplayer.com./amp/13261345",
  },
  R23: {
    key: "R23",
    title: "NHS Borders spinal physiotherapy (emergency vs urgent conditions)",
    url: "https://www.rightdecisions.scot.nhs.uk/borders-ref-help-toolkit/physiotherapy/msk-physiotherapy/spinal",
  },
  R24: {
    key: "R24",
    title:
      "Chou R et al. Diagnosis and treatment of low back pain: joint ACP/APS guideline. Ann Intern Med 2007;147:478–491. Chou R, Qaseem A, Owens DK, Shekelle P. Diagnostic imaging for low back pain: advice for high-value health care from the ACP. Ann Intern Med 2011;154:181–189.",
    url: "https://eguideline.guidelinecentral.com/i/76618/5",
  },
  R25: {
    key: "R25",
    title:
      "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: ACP guideline. Ann Intern Med 2017;166(7):514–530.",
    url: "https://jesse.tg/ngc-archive/summary/11196",
  },
  R26: {
    key: "R26",
    title:
      "American College of Radiology. ACR Appropriateness Criteria® Low Back Pain: 2021 update. J Am Coll Radiol 2021;18(11S):S361–S379.",
    url: "https://acsearch.acr.org/list/GetAppendix?PanelName=Neurologic&TopicId=141",
  },
  R27: {
    key: "R27",
    title: "Physiopedia. Remote Screening for Lumbar Spine Red Flags",
    url: "https://www.physio-pedia.com/index.php?title=Remote_Screening_for_Lumbar_Spine_Red_Flags&oldid=242232",
  },
  R28: {
    key: "R28",
    title:
      "Downie A et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095.",
    url: "https://www.bmj.com/content/347/bmj.f7095.abstract",
  },
  R29: {
    key: "R29",
    title:
      "Henschke N et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care with acute low back pain. Arthritis Rheum 2009;60(10):3072–3080.",
    url: "https://pubmed.ncbi.nlm.nih.gov/19790051/",
  },
  R30: {
    key: "R30",
    title:
      "Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788–2802.",
    url: "https://link.springer.com/article/10.1007/s00586-016-4684-0",
  },
  R31: {
    key: "R31",
    title: "AHCPR. Acute Low Back Problems in Adults (Quick Reference Guide 14, 1994), Table 1.",
    url: "http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/",
  },
  R32: {
    key: "R32",
    title:
      "NICE. Spinal metastases and metastatic spinal cord compression (NG234, 2023; replaces CG75).",
    url: "https://www.nice.org.uk/guidance/NG234/chapter/recommendations",
  },
  R33: {
    key: "R33",
    title: "NHS. Abdominal aortic aneurysm (NHS content via republishers)",
    url: "https://zana.com/a/aneurysm-abdominal-aortic-symptoms-abdominal-aortic-aneurysm.8",
  },
  R34: {
    key: "R34",
    title: "NHS. Deep vein thrombosis",
    url: "https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
  },
  R35: {
    key: "R35",
    title: "NHS Scotland Right Decisions. Inflammatory back pain / axial spondyloarthritis.",
    url: "https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/supporting-information-on-relevant-conditions/inflammatory-back-pain",
  },
  R36: {
    key: "R36",
    title:
      "High risk clinical characteristics for pyogenic spinal infection in acute neck or back pain: prospective cohort. Am J Emerg Med 2019.",
    url: "https://ajemjournal.com/article/S0735-67571930336-5/fulltext",
  },
  R37: {
    key: "R37",
    title:
      "Kendall NAS, Linton SJ, Main CJ. Guide to Assessing Psychosocial Yellow Flags in Acute Low Back Pain (ACC / NZ Guidelines Group, 1997; incorporated in 2004 NZ Acute LBP Guide).",
    url: "https://chiro.org/Graphics_Box_LOW_BACK/NEW_ZEALAND/Guide_to_Assessing/algorithm.html",
  },
  R38: {
    key: "R38",
    title:
      'Nicholas MK, Linton SJ, Watson PJ, Main CJ. Early identification and management of psychological risk factors ("yellow flags") in patients with low back pain: a reappraisal. Phys Ther 2011. doi:10.2522/ptj.20100224.',
    url: "http://www.pirlresearch.com/journal/2011/4/28/flags-of-many-colours.html",
  },
  R39: {
    key: "R39",
    title: "Physiopedia. The Flag System.",
    url: "https://www.physio-pedia.com/index.php?title=The_Flag_System&oldid=197829",
  },
  R40: {
    key: "R40",
    title:
      "Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point NPRS. Pain 2001;94:149–158.",
    url: "https://pubmed.ncbi.nlm.nih.gov/11690728/",
  },
  R41: {
    key: "R41",
    title:
      "Childs JD, Piva SR, Fritz JM. Responsiveness of the numeric pain rating scale in patients with low back pain. Spine 2005;30(11):1331–1334.",
    url: "https://pubmed.ncbi.nlm.nih.gov/15928561/",
  },
  R42: {
    key: "R42",
    title:
      "Ostelo RW et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90–94.",
    url: "https://metajournal.com/articles/201999/interpreting-change-scores-pain-functional-status-low-back-pain-towards",
  },
  R43: {
    key: "R43",
    title:
      "Boonstra AM et al. Cut-off points for mild, moderate, and severe pain on the NRS in chronic musculoskeletal pain. Front Psychol 2016;7:1466.",
    url: "https://frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2016.01466/full",
  },
  R44: {
    key: "R44",
    title: "Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940–2952.",
    url: "https://en.wikipedia.org/wiki/Oswestry_Disability_Index",
  },
  R45: {
    key: "R45",
    title:
      "Roland M, Morris R. Spine 1983;8:141–144. Stratford PW et al. Defining the minimum level of detectable change for the Roland-Morris questionnaire. Phys Ther 1996;76(4):359.",
    url: "http://ptjournal.apta.org/content/76/4/359.long",
  },
  R46: {
    key: "R46",
    title: "Keele University. Using & scoring the Keele STarT Back Screening Tool.",
    url: "https://www.keele.ac.uk/sbst/startbacktool/usingandscoring/",
  },
  R47: {
    key: "R47",
    title:
      "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can 1995;47:258–263.",
    url: "https://www.precisionphysio.com.au/the-patient-specific-functional-scale/",
  },
  R48: {
    key: "R48",
    title:
      "Semigran HL, Linder JA, Gidengil C, Mehrotra A. Evaluation of symptom checkers for self diagnosis and triage: audit study. BMJ 2015;351:h3480.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4496786",
  },
  R49: {
    key: "R49",
    title:
      "Semigran HL, Levine DM, Nundy S, Mehrotra A. Comparison of physician and computer diagnostic accuracy. JAMA Intern Med 2016.",
    url: "https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/2565684",
  },
  R50: {
    key: "R50",
    title:
      "Hill MG, Sim M, Mills B. The quality of diagnosis and triage advice provided by free online symptom checkers and apps in Australia. Med J Aust 2020;212(11):514–519.",
    url: "https://www.mja.com.au/journal/2020/212/11/quality-diagnosis-and-triage-advice-provided-free-online-symptom-checkers-and",
  },
  R51: {
    key: "R51",
    title:
      "Gilbert S et al. How accurate are digital symptom assessment apps for suggesting conditions and urgency advice? A clinical vignettes comparison to GPs. BMJ Open 2020;10:e040269.",
    url: "https://bmjopen.bmj.com/content/10/12/e040269",
  },
  R52: {
    key: "R52",
    title:
      "Schmieding ML, Kopka M, Schmidt K, Schulz-Niethammer S, Balzer F, Feufel MA. Triage accuracy of symptom checker apps: 5-year follow-up evaluation. J Med Internet Res 2022;24(5):e31810.",
    url: "https://jmir.org/2022/5/e31810",
  },
  R53: {
    key: "R53",
    title:
      "Schmieding ML, Mörgeli R, Schmieding MAL, Feufel MA, Balzer F. Benchmarking triage capability of symptom checkers against that of medical laypersons (JMIR 2021).",
    url: "https://refubium.fu-berlin.de/handle/fub188/32247",
  },
  R54: {
    key: "R54",
    title:
      "Wallace W et al. The diagnostic and triage accuracy of digital and online symptom checker tools: a systematic review. npj Digit Med 2022;5:118.",
    url: "https://www.nature.com/articles/s41746-022-00667-w",
  },
  R55: {
    key: "R55",
    title:
      "Chambers D et al. Digital and online symptom checkers and health assessment/triage services for urgent health problems: systematic review. BMJ Open 2019;9:e027743.",
    url: "https://bmjopen.bmj.com/content/9/8/e027743",
  },
  R56: {
    key: "R56",
    title:
      "Turner J et al. Impact of NHS 111 Online on the NHS 111 telephone service and urgent care system: a mixed-methods study. Health Serv Deliv Res 2021;9(21).",
    url: "https://journalslibrary.nihr.ac.uk/hsdr/HSDR09210",
  },
  R57: {
    key: "R57",
    title:
      "El-Osta A et al. What is the suitability of clinical vignettes in benchmarking the performance of online symptom checkers? An audit study. BMJ Open 2022;12:e053566.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9047920",
  },
  R58: {
    key: "R58",
    title:
      "Gilbert S et al. Ada app on Australian vignettes (Aust J Prim Health 2021, doi:10.1071/PY21032).",
    url: "https://lausr.org/dashboard/?doi=10.1071%2Fpy21032",
  },
  R59: {
    key: "R59",
    title:
      "Fraser HSF et al. Evaluation of diagnostic and triage accuracy and usability of a symptom checker in an emergency department. JMIR mHealth uHealth 2022;10(9):e38364.",
    url: "https://mhealth.jmir.org/2022/9/e38364",
  },
  R60: {
    key: "R60",
    title:
      "Kopka M et al. Representative vignette sampling (RepVig)… Sci Rep (doi:10.1038/s41598-024-83844-z)",
    url: "https://openaccess.click/sci_redir.php?doi=10.1038%2Fs41598-024-83844-z",
  },
  R61: {
    key: "R61",
    title:
      "Dunn AG. Will online symptom checkers improve health care in Australia? Med J Aust 2020;212(11).",
    url: "https://mja.com.au/node/16714",
  },
  R62: {
    key: "R62",
    title:
      "Greenhalgh S, Finucane LM, Mercer C, Selfe J. Safety netting; best practice in the face of uncertainty. Musculoskelet Sci Pract 2020;48:102179.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7214294",
  },
  R63: {
    key: "R63",
    title:
      "Safety netting in primary care: literature review and evidence synthesis. Br J Gen Pract 2019;69(678):e70.",
    url: "https://bjgp.org/content/69/678/e70",
  },
  R64: {
    key: "R64",
    title: "MHRA. Medical device stand-alone software including apps (guidance).",
    url: "https://www.gov.uk/government/publications/medical-devices-software-applications-apps",
  },
  R65: {
    key: "R65",
    title: "NHS 111 service descriptions",
    url: "https://www.informationnow.org.uk/article/urgent-medical-help-available-nhs-111-nhs-uk-emergency/",
  },
  R66: {
    key: "R66",
    title:
      "NHS definitions of mild/moderate/severe pain (quoted by a news page; nhs.uk original not retrieved)",
    url: "https://3slastxawesome.info/2025/01/06/nhs-warns-tingling-in-two-key-areas-means-you-should-call-999-immediately",
  },
  R67: {
    key: "R67",
    title:
      "Sexton V et al. Service use, clinical outcomes and user experience associated with urgent care services that use telephone-based digital triage: systematic review. BMJ Open 2022;12:e051569.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8724705",
  },
  R69: {
    key: "R69",
    title: "Clinic-level soreness guidance (low authority)",
    url: "https://thephysioremedy.com/the-soreness-guide-for-lifters/",
  },
  R70: {
    key: "R70",
    title:
      "GP Reasoning, Sciatica assessment & management (UK primary-care algorithm page; ask CES questions at every consultation).",
    url: "https://gpreasoning.uk/tools/algorithms/sciatica.html",
  },
  R71: {
    key: "R71",
    title: "Mayo Clinic. Symptom checker: low back pain (adult)",
    url: "http://www.a2zware.com/?success=GO-type-1-diabetes&h1=symptom-checker/low-back-pain-adult/related-factors/itt-20009075",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/**
 * The sources by key, in a Map: every assessment resolves its sources, and a lookup in an object of 71 keys by a
 * key known only at run time is one of the slowest property reads there is.
 */
const BY_KEY: ReadonlyMap<string, Source> = new Map(Object.entries(SOURCES));

export const isSourceKey = (value: string): value is SourceKey => BY_KEY.has(value);

/** Resolves source keys to sources, in first-seen order without repeats; unknown keys throw. */
export const resolveSources = (keys: Iterable<string>): Source[] => {
  const out: Source[] = [];
  for (const key of keys) {
    const source = BY_KEY.get(key);
    if (source === undefined)
      throw new Error(`Unknown source key ${key}: add it to shared/clinical/reference.md first`);
    if (!out.includes(source)) out.push(source);
  }
  return out;
};
