/**
 * Finds the notice provisions of an agreement: non-renewal (and opt-in extension) notices,
 * termination for convenience, termination for cause with its cure period, immediate termination,
 * suspension, and notice delivery. Each is typed, attributed to the party that may use it, cited
 * to its section and page, and quoted with offsets into the text.
 */
import type { Ground, Provision } from '../../domain/types.ts';
import { finalRole } from '../classifier/combine.ts';
import { MODEL, decide, explain, type ModelWeights } from '../classifier/model.ts';
import { deliveryProvision, provisionCandidates, type RoleCandidate } from './candidates.ts';
import { mergeNoticeWindows } from './notice-window.ts';
import type { ProvisionContext } from './context.ts';

export type { ProvisionContext } from './context.ts';
export { bareContext } from './context.ts';

/**
 * A notices section states one rule per sentence ("email ... when sent. Courier ... one (1) business
 * day after deposit."): consecutive delivery sentences of one section become one provision.
 */
function mergeDeliveries(provisions: Provision[], text: string): void {
  for (let i = provisions.length - 1; i > 0; i--) {
    const later = provisions[i] as Provision;
    if (later.type !== 'notice-delivery') continue;
    let j = i - 1;
    while (j >= 0 && (provisions[j] as Provision).type !== 'notice-delivery' && (provisions[j] as Provision).start >= later.start - 2000)
      j--;
    const earlier = provisions[j];
    if (earlier?.type !== 'notice-delivery' || earlier.section !== later.section || later.start - earlier.end > 1500) continue;
    const methods = new Set((earlier.deliveries ?? []).map((d) => d.method));
    earlier.deliveries = [...(earlier.deliveries ?? []), ...(later.deliveries ?? []).filter((d) => !methods.has(d.method))];
    earlier.end = Math.max(earlier.end, later.end);
    earlier.text = text.slice(earlier.start, earlier.end);
    if (later.nextBusinessDayRule) earlier.nextBusinessDayRule = true;
    provisions.splice(i, 1);
  }
}

/**
 * "Pretzel Time may elect not to renew upon written notice. Pretzel Time shall notify Franchisee
 * not less than six (6) months prior ...": a non-renewal without a period is dropped when a nearby
 * non-renewal states one.
 */
function dropUnstatedWhereStated(provisions: Provision[]): void {
  const stated = provisions.filter((p) => p.type === 'non-renewal' && p.notice !== null);
  for (let i = provisions.length - 1; i >= 0; i--) {
    const p = provisions[i] as Provision;
    if (p.type !== 'non-renewal' || p.notice !== null) continue;
    if (stated.some((s) => Math.abs(s.start - p.start) <= 3000)) provisions.splice(i, 1);
  }
}

/**
 * The notice provisions written in `text`, in text order.
 * @example findProvisions('Either party may terminate this Agreement for any reason upon thirty (30) days written notice.', bareContext())
 * // [{ type: 'termination-for-convenience', party: 'either', notice: { amount: 30, unit: 'day', qualifier: 'upon', ... }, ... }]
 */
export function findProvisions(text: string, context: ProvisionContext, model: ModelWeights = MODEL): Provision[] {
  const candidates = provisionCandidates(text, context);
  const provisions: Provision[] = [];
  for (const candidate of candidates.roles) {
    const typed = typeByModel(candidate, model);
    if (typed !== null) provisions.push(typed);
  }
  provisions.push(...candidates.deliveries);
  provisions.sort((a, b) => a.start - b.start);
  dropUnstatedWhereStated(provisions);
  mergeNoticeWindows(provisions);
  mergeDeliveries(provisions, text);
  const unit = candidates.nextBusinessDayUnit;
  if (unit !== null) {
    // The rule moving a last day off a weekend or holiday belongs with how notices take effect.
    const delivery = provisions.find((p) => p.type === 'notice-delivery') ?? deliveryProvision(text, unit, [], context);
    if (!provisions.includes(delivery)) provisions.push(delivery);
    delivery.nextBusinessDayRule = true;
  }
  return provisions;
}

/**
 * The candidate typed by the model: its role, with the grounds that role implies, and the features
 * that decided it; null when the model reads it as no right at all. Weights with no roles (before
 * any training) keep the pattern layer's reading.
 */
function typeByModel(candidate: RoleCandidate, model: ModelWeights): Provision | null {
  const { provision } = candidate;
  if (model.roles.length === 0) return candidate.proposed === 'none' ? null : provision;
  const decision = decide(model, candidate.features);
  const role = finalRole(candidate.proposed, decision);
  if (role === 'not-a-right') return null;
  const why = role === decision.role ? decision.why : explain(model, candidate.features, role);
  if (role === provision.type) return { ...provision, why };
  return { ...provision, type: role, grounds: groundsFor(role, provision.grounds), why };
}

function groundsFor(role: Provision['type'], grounds: Ground[]): Ground[] {
  if (role === 'termination-for-convenience') return ['convenience'];
  if (role === 'non-renewal' || role === 'extension-notice') return [];
  return grounds.filter((g) => g !== 'convenience');
}
