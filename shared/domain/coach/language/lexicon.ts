/**
 * The few meanings part-of-speech tags cannot give: which verbs name a change in the world and
 * which name an activity, and which nouns name a capacity to grow rather than an artifact to
 * produce. General English, not any one organisation's phrasing; the structure around them
 * (which word is the head verb, whether a participle follows a noun, what a number counts)
 * comes from the tagger.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that move a state the world can see: increase it, reach it, keep it. */
export const CHANGE_VERBS = set(`
  increase decrease raise reduce lower cut grow shrink shorten lengthen double triple halve
  achieve reach hit exceed meet surpass attain keep maintain retain hold stay remain sustain
  gain win earn attract convert activate certify enroll enrol engage bring get become make
  drive nurture cultivate find speed accelerate expand extend scale boost lift minimise minimize
  maximise maximize eliminate prevent avoid protect secure save recover restore return close
  have put
  `);

/**
 * Change verbs that give only a direction: without a number nobody can say how far is enough
 * ("Grow usage"). The others name an end point someone can see reached ("Achieve SOC 2
 * compliance", "Win the Acme account").
 */
export const DIRECTION_VERBS = set(`
  increase decrease raise reduce lower cut grow shrink shorten lengthen double triple halve
  expand extend scale boost lift accelerate speed minimise minimize maximise maximize drive
  nurture cultivate attract engage convert activate
  `);

/**
 * Verbs that point somewhere without saying how far: a result built on them alone cannot be
 * checked ("Improve code health", "Make progress on the spec").
 */
export const FUZZY_VERBS = set(`
  improve enhance optimise optimize refine affect better advance strengthen progress continue
  streamline evolve address tackle revisit rethink modernise modernize explore try
  stabilise stabilize
  `);

/** Activities that name an effort and no end: supporting, considering, mitigating. */
export const EFFORT_VERBS = set(`
  support consider mitigate provide facilitate help encourage promote investigate discuss
  look assist contribute participate work evangelize evangelise socialize socialise start
  begin
  `);

/** Bringing people in: the method counts it as work, even when the aim is a bigger team. */
export const HIRING_VERBS = set('hire recruit staff onboard');

/** What an effort can grow rather than produce: "Build strong pipeline" is an aim. */
export const CAPACITY_NOUNS = set(`
  capability capabilities capacity pipeline pipelines understanding culture community communities
  trust awareness adoption habit habits presence relationship relationships reputation skill skills
  insight insights knowledge momentum confidence loyalty audience audiences expertise resilience
  muscle foundation foundations base network networks partnerships readiness brand brands
  `);

/**
 * Things produced by work: when one is stated as done ("Contract signed", "guide is
 * published", "20 case studies added"), the result is the output, not its effect.
 */
export const ARTIFACT_NOUNS = set(`
  document documents doc docs documentation guide guides plan plans strategy strategies roadmap
  roadmaps report reports summary summaries page pages post posts article articles blog blogs
  spec specs specification proposal proposals contract contracts policy policies template
  templates presentation presentations deck decks video videos study studies case handbook
  playbook checklist checklists mockup mockups prototype prototypes course courses workshop
  workshops webinar webinars talk talks announcement announcements content material materials
  asset assets module modules diagram diagrams memo memos brief briefs paper papers newsletter
  newsletters campaign campaigns process processes training trainings agenda outline draft
  client clients platform platforms tool tools tooling dashboard dashboards website websites
  library libraries suite suites plugin plugins sdk sdks demo demos
  `);
