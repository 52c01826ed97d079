import type {
  CommitteeKind,
  ExternalOrganisation,
  Financing,
  LocalizedText,
  MeetingStatus,
  NetworkKind,
  NetworkStatus,
  ParticipationBasis,
  PresidiumRole,
} from './types.js';

export const NETWORK_KINDS = [
  'chefsnatverk',
  'kunskaps-och-erfarenhetsutbyte',
  'strateger-och-sakkunniga',
  'regional-samverkan',
  'natverk',
] as const satisfies readonly NetworkKind[];

export const FINANCING = [
  'arsavgift',
  'extra-medel',
  'projektmedel-eller-sarskild-kommunfinansiering',
  'externa-parter',
] as const satisfies readonly Financing[];

export const MEETING_STATUSES = ['scheduled', 'tentative', 'cancelled', 'postponed'] as const satisfies readonly MeetingStatus[];

export const COMMITTEE_KINDS = [
  'forbundsfullmaktige',
  'forbundsstyrelse',
  'styrgrupp',
  'beredningsgrupp',
  'antagningsnamnd',
] as const satisfies readonly CommitteeKind[];

export const PARTICIPATION_BASES = ['source-listed', 'general-statement'] as const satisfies readonly ParticipationBasis[];

export const NETWORK_STATES = ['active', 'paused'] as const satisfies readonly NetworkStatus['state'][];

export const PRESIDIUM_ROLES = ['chair', 'vice-chair'] as const satisfies readonly PresidiumRole[];

export const ORGANISATION_KINDS = [
  'kommun',
  'universitet',
  'myndighet',
  'region',
  'foretag',
  'ovrigt',
] as const satisfies readonly ExternalOrganisation['kind'][];

/** The value of `Committee.appointedBy` for bodies the member municipalities appoint. */
export const APPOINTED_BY_MUNICIPALITIES = 'medlemskommunerna';

/** Display names of the network kinds, Swedish and English. */
export const networkKindLabels: Readonly<Record<NetworkKind, Required<LocalizedText>>> = {
  chefsnatverk: { sv: 'Chefsnätverk', en: 'Network of managers' },
  'kunskaps-och-erfarenhetsutbyte': { sv: 'Kunskaps- och erfarenhetsutbyte', en: 'Knowledge and experience exchange' },
  'strateger-och-sakkunniga': { sv: 'Strateger och sakkunniga', en: 'Strategists and experts' },
  'regional-samverkan': { sv: 'Regional samverkan', en: 'Regional cooperation' },
  natverk: { sv: 'Nätverk', en: 'Network' },
};
