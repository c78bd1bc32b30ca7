/**
 * English of the class run (src/app/classRun): the presenter's class view and the attendee's notice, by id
 * (i18n/tables.ts: t('area.key')).
 */
export const CLASS_RUN = {
  startClass: 'Start a class run',
  classRuns: 'Class runs need the workshop server (npm run workshop).',
  classRun: 'Class run',
  classRunRoom: 'Class run · room {code}',
  newRoom: 'New room',
  exportRoom: 'Export room (JSON)',
  metric: 'Metric',
  iteration: 'At iteration',
  eachAttendees: "each attendee's latest",
  greedyAccuracy: 'greedy accuracy',
  sampledAccuracy: 'sampled accuracy',
  readingRoom: 'Reading the room…',
  noAttendee: 'No attendee has results for both NFT and RFT yet.',
  nftMinusRft: 'NFT − RFT in {what}: {mean} points over {n} seeds',
  n95Interval: '95% interval {low} to {high}',
  noInterval: 'no interval under two seeds',
  nftAhead: 'NFT ahead on {a} of {n}, RFT on {b}, ties {ties}',
  eachDotOne:
    "Each dot: one attendee's NFT − RFT, in points; solid line and band: their mean and its 95% interval; dashed: no difference.",
  attendees: 'attendees (one seed each)',
  nftMinusRftPoints: 'NFT − RFT (points)',
  seed: 'Seed',
  name: 'Name',
  evaluations: 'Evaluations',
  iterationTitle: 'Iteration',
  drop: 'Drop',
  dropSeed: "Drop seed {seed}'s results",
  classRunRoomCode: 'Class run, room {code}.',
  everyEvaluation:
    'At every evaluation this page sends {origin} the iteration and, per arm, its greedy and sampled accuracy and its entropy, under an id made on this device (and the name below, if you give one). Nothing else leaves this device: no answers, no labels.',
  joiningRoom: 'Joining the room…',
  yourSeed: 'Your seed: {seed}. Sent: {sent} evaluations; waiting: {waiting}.',
  notJoined: 'Not joined yet: {problem}',
  notSentYet: 'Not sent yet ({problem}); trying again.',
  pagesSettings: "This page's settings differ from the room's: nothing is sent until they match.",
  displayName: 'Display name (optional, shown to the presenter as text)',
  sendName: 'Send name',
};
