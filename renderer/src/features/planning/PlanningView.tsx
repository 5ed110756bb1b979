import { useEffect } from 'react';
import { SEVEN_STEPS } from '@shared/domain/planning';
import { CoachPanel } from '../coach/CoachPanel';
import { HealthMeter } from '../coach/HealthMeter';
import { useCurrentCycle } from '../workspace';
import { MeetingPackView } from './pack/MeetingPackView';
import { useUi } from '../../store/ui';
import type { PlanningTab } from '../../store/planningSlice';
import { StepNav } from './StepNav';
import { ConfirmStep } from './steps/ConfirmStep';
import { CorrelateStep } from './steps/CorrelateStep';
import { DiscussStep } from './steps/DiscussStep';
import { IntroduceStep } from './steps/IntroduceStep';
import { PersonalStep } from './steps/PersonalStep';
import { PublishStep } from './steps/PublishStep';
import { SubmitStep } from './steps/SubmitStep';
import { usePlanningData, type PlanningData } from './usePlanningData';
import './planning.css';

const STEP_VIEWS: Record<
  Exclude<PlanningTab, 'pack'>,
  (p: { data: PlanningData }) => React.JSX.Element
> = {
  submit: SubmitStep,
  discuss: DiscussStep,
  introduce: IntroduceStep,
  confirm: ConfirmStep,
  correlate: CorrelateStep,
  personal: PersonalStep,
  publish: PublishStep,
};

/** The planning board: the method's seven steps to the OKR meeting for the open cycle. */
export function PlanningView() {
  const cycle = useCurrentCycle();
  const data = usePlanningData(cycle?.id ?? null);
  const tab = useUi((s) => s.tab);
  const coachOpen = useUi((s) => s.coachOpen);
  const { setTab, setCoachOpen } = useUi.getState();
  useEffect(() => {
    if (coachOpen) requestAnimationFrame(() => document.getElementById('coach-panel')?.focus());
  }, [coachOpen]);
  if (!cycle) return <p className="empty">Choose or create a cycle to plan it.</p>;
  if (!data) return null;
  const step = SEVEN_STEPS.find((s) => s.id === tab);
  const Step = tab === 'pack' ? null : STEP_VIEWS[tab];
  return (
    <section className="view planning" aria-labelledby="planning-title">
      <header className="view__header no-print">
        <div>
          <h1 id="planning-title">Planning {cycle.name}</h1>
          <p className="muted small">
            Seven steps to the OKR meeting: from proposals to published OKRs.
          </p>
        </div>
        <div className="planning__head-tools">
          {data.health !== null ? <HealthMeter score={data.health} /> : null}
          <button
            type="button"
            aria-expanded={coachOpen}
            aria-controls="coach-panel"
            onClick={() => setCoachOpen(!coachOpen)}
          >
            {coachOpen ? 'Hide coach panel' : 'Coach panel'}
          </button>
        </div>
      </header>
      {coachOpen ? (
        <div className="no-print">
          <CoachPanel cycleId={cycle.id} />
        </div>
      ) : null}
      <StepNav current={tab} onChange={setTab} />
      <div
        id="planning-panel"
        role="tabpanel"
        aria-labelledby={`planning-tab-${tab}`}
        className="planning__panel"
      >
        {step ? (
          <p className="planning__leaf muted small no-print">
            Method: Seven steps to OKR meeting › {step.leaf}
          </p>
        ) : null}
        {Step ? <Step data={data} /> : <MeetingPackView cycleId={cycle.id} />}
      </div>
    </section>
  );
}
