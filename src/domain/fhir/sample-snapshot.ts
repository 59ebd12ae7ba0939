// One whole record written by hand for the FHIR mapping's tests: every part filled, a version
// written by a supporter and agreed by the person, a file named by both plans, a journal entry
// shared with one person. Fictional throughout.
import type { RecordSnapshot, VersionSummary, Writer } from './snapshot.ts';

export const SAM = '0b6f1b2e-3c4d-4e5f-8a6b-7c8d9e0f1a2b';
const JO = '1c7a2b3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const AREA_WORK = '2d8b3c4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const CONTACT_JO = '3e9c4d5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const CONTACT_TEAM = '4f0d5e6a-7b8c-4d9e-8f0a-2b3c4d5e6f70';
const FILE_DOC = '5a1e6f7b-8c9d-4e0f-9a1b-3c4d5e6f7081';
const FILE_PHOTO = '6b2f7a8c-9d0e-4f1a-8b2c-4d5e6f708192';
const ENTRY = '7c3a8b9d-0e1f-4a2b-9c3d-5e6f708192a3';
const RELATIONSHIP = '8d4b9c0e-1f2a-4b3c-8d4e-6f708192a3b4';
const TEAM_CONNECTION = '9e5c0d1f-2a3b-4c4d-8e5f-708192a3b4d6';
const PRIYA = 'a06d1e2f-3b4c-4d5e-9f60-8192a3b4c5e7';
const REVIEW = 'b17e2f30-4c5d-4e6f-8071-92a3b4c5d6f8';

export const sam: Writer = { accountId: SAM, name: 'Sam Taylor', role: 'person' };
const jo: Writer = { accountId: JO, name: 'Jo', role: 'supporter' };
const priya: Writer = { accountId: PRIYA, name: 'Priya Shah', role: 'practitioner' };
const once = (at: string): VersionSummary[] => [
  { version: 1, action: 'create', at, author: sam, agreed: null },
];

export function sampleSnapshot(): RecordSnapshot {
  return {
    person: { id: SAM, name: 'Sam Taylor', email: 'sam@example.com', language: 'cy' },
    aboutMe: {
      id: '9e5c0d1f-2a3b-4c4d-9e5f-708192a3b4c5',
      data: {
        strengths: 'I keep going.\nI make people laugh 😀',
        values: '',
        whatMatters: 'My dog, Bryn',
        identity: '',
        culture: 'Cymraeg yw fy iaith gyntaf',
        whenWell: 'I walk every morning',
        howToSupportMe: 'Ask me, do not tell me',
      },
      updatedAt: '2026-09-02T09:00:00.000Z',
      history: [
        ...once('2026-09-01T09:00:00.000Z'),
        {
          version: 2,
          action: 'update',
          at: '2026-09-02T09:00:00.000Z',
          author: jo,
          agreed: { by: sam, at: '2026-09-02T09:00:00.000Z' },
        },
      ],
    },
    lifeAreas: [
      {
        id: AREA_WORK,
        data: { name: 'Work and money' },
        updatedAt: '2026-09-01T09:00:00.000Z',
        history: once('2026-09-01T09:00:00.000Z'),
      },
    ],
    goals: [
      {
        id: 'af6d1e2a-3b4c-4d5e-8f6a-8192a3b4c5d6',
        data: {
          title: 'Get back to work three days a week',
          why: 'I miss the people',
          lifeAreaId: AREA_WORK,
          steps: [
            { id: 'step-1', text: 'Talk to my manager', done: true },
            { id: 'step-2', text: 'Try one day first', done: false },
          ],
          whoHelps: 'Jo and my GP',
          targetDate: '2027-03-01',
          status: 'paused',
        },
        updatedAt: '2026-10-01T09:00:00.000Z',
        history: once('2026-10-01T09:00:00.000Z'),
        notes: [
          {
            id: 'b07e2f3b-4c5d-4e6f-9a7b-92a3b4c5d6e7',
            data: { date: '2026-10-05', text: 'Met my manager. It went well.' },
            updatedAt: '',
            history: once('2026-10-05T18:00:00.000Z'),
          },
        ],
      },
    ],
    plans: {
      staying_well: {
        id: 'c18f3a4c-5d6e-4f7a-8b8c-a3b4c5d6e7f8',
        data: {
          daily: ['Walk Bryn', 'Take my tablets'],
          weekly: ['See Jo'],
          triggers: [{ trigger: 'Money worries', whatHelps: 'Open the letters with Jo' }],
          earlyWarningSigns: [{ sign: 'Not sleeping', whatToDo: '' }],
          gettingWorse: [{ sign: 'Not eating', whatHelps: 'Call the team' }],
        },
        updatedAt: '2026-09-03T09:00:00.000Z',
        history: once('2026-09-03T09:00:00.000Z'),
      },
      crisis_plan: {
        id: 'd2904b5d-6e7f-4a8b-9c9d-b4c5d6e7f809',
        data: {
          signs: 'I stop answering the phone',
          wantInvolved: [{ contactId: CONTACT_JO, whatToDo: 'Come round' }],
          notInvolved: [{ name: 'My uncle', reason: 'He makes it worse' }],
          whatHelps: 'A quiet room',
          whatDoesNotHelp: '',
          treatment: '',
          medication: 'Sertraline 100mg',
          allergies: 'Penicillin',
          practical: { children: '', pets: 'Jo feeds Bryn', home: '', bills: '', work: '' },
          placesOfCare: '',
          noLongerApplies: '',
          nominatedPersonContactId: CONTACT_JO,
          advanceChoiceDocumentId: FILE_DOC,
          lastReviewed: '2026-09-10',
        },
        updatedAt: '2026-09-10T09:00:00.000Z',
        history: once('2026-09-10T09:00:00.000Z'),
      },
      safety_plan: {
        id: 'e3a15c6e-7f80-4b9c-8dae-c5d6e7f8091a',
        data: {
          warningSigns: ['Giving things away'],
          onMyOwn: ['Cold shower'],
          peopleAndPlaces: ['The park café'],
          peopleToAsk: [{ contactId: CONTACT_JO }],
          professionals: [{ contactId: CONTACT_TEAM }],
          saferSurroundings: ['Jo keeps my tablets'],
          reasonsForLiving: ['Bryn'],
          reasonPhotoIds: [FILE_PHOTO],
        },
        updatedAt: '2026-09-11T09:00:00.000Z',
        history: once('2026-09-11T09:00:00.000Z'),
      },
      after_crisis: {
        id: 'f4b26d7f-8091-4cad-9ebf-d6e7f8091a2b',
        data: { backOnTrack: 'Small walks first', learned: '' },
        updatedAt: '2026-09-12T09:00:00.000Z',
        history: once('2026-09-12T09:00:00.000Z'),
      },
      moving_on: {
        id: 'a7c3e9d1-2b4f-4e6a-8c0d-1e2f3a4b5c6d',
        data: {
          earlyWarningSigns: ['Staying in bed', 'Skipping meals'],
          contacts: [{ contactId: CONTACT_JO, whatToDo: 'Ring me and come round' }],
          wayBack: 'Ring the team and say I was with them before',
          whatToSay: 'I used to see Priya',
          helpedBefore: 'Weekly walks and a call on Mondays',
        },
        updatedAt: '2026-09-13T09:00:00.000Z',
        history: once('2026-09-13T09:00:00.000Z'),
      },
    },
    supportNetwork: [
      {
        id: CONTACT_JO,
        data: {
          name: 'Jo',
          kind: 'person',
          howTheyHelp: 'Listens',
          phone: '07700 900123',
          email: 'jo@example.com',
          notes: '',
          formal: false,
          crisisContact: true,
        },
        updatedAt: '2026-09-01T09:00:00.000Z',
        history: once('2026-09-01T09:00:00.000Z'),
      },
      {
        id: CONTACT_TEAM,
        data: {
          name: 'Community mental health team',
          kind: 'service',
          howTheyHelp: '',
          phone: '029 2000 0000',
          email: '',
          notes: 'Ask for the duty worker',
          formal: true,
          crisisContact: false,
        },
        updatedAt: '2026-09-01T09:00:00.000Z',
        history: once('2026-09-01T09:00:00.000Z'),
      },
    ],
    relationships: [
      {
        id: RELATIONSHIP,
        role: 'friend',
        knownAs: 'Jo',
        team: null,
        since: '2026-09-01T10:00:00.000Z',
        grants: [
          { section: 'crisis_plan', level: 'suggest', endsAt: null, advanceChoice: true },
          {
            section: 'goals',
            level: 'view',
            endsAt: '2027-09-01T00:00:00.000Z',
            advanceChoice: false,
          },
        ],
        sharedJournalEntryIds: [ENTRY],
      },
      {
        id: TEAM_CONNECTION,
        role: 'practitioner',
        knownAs: 'Riverside team',
        team: { name: 'Riverside team', service: 'Northshire Recovery Service' },
        since: '2026-09-20T10:00:00.000Z',
        grants: [{ section: 'reviews', level: 'suggest', endsAt: null, advanceChoice: false }],
        sharedJournalEntryIds: [],
      },
    ],
    checkinSettings: {
      id: '05c37e80-91a2-4bde-8fc0-e7f8091a2b3c',
      data: {
        scales: [
          { id: 'mood', name: null, range: '1-7', active: true },
          { id: 'energy', name: null, range: '1-7', active: false },
          { id: 'own-voices', name: 'Voices', range: '0-10', active: true },
        ],
        reminder: 'daily',
        warningSignPrompts: ['Not sleeping'],
      },
      updatedAt: '2026-09-01T09:00:00.000Z',
      history: once('2026-09-01T09:00:00.000Z'),
    },
    checkins: [
      {
        id: '16d48f91-a2b3-4cef-9a0d-f8091a2b3c4d',
        takenAt: '2026-10-01T22:30:00.000Z',
        takenOn: '2026-10-02',
        scores: { mood: 3, 'own-voices': 7 },
        note: 'Hard day',
        forMeOnly: true,
        signsPresent: ['Not sleeping'],
        updatedAt: '2026-10-01T22:30:00.000Z',
        history: once('2026-10-01T22:30:00.000Z'),
      },
    ],
    lifeAreaRatings: [
      {
        id: '27e59a02-b3c4-4df0-8b1e-091a2b3c4d5e',
        data: {
          date: '2026-10-03',
          ratings: [{ lifeAreaId: AREA_WORK, score: 4, wantHelp: true }],
        },
        updatedAt: '2026-10-03T09:00:00.000Z',
        history: once('2026-10-03T09:00:00.000Z'),
      },
    ],
    measureResponses: [
      {
        id: '38f6ab13-c4d5-4e01-9c2f-1a2b3c4d5e6f',
        questionnaire: 'https://waymark.example/fhir/Questionnaire/phq-9|1.0.0',
        authored: '2026-10-04T09:00:00.000Z',
        items: [
          {
            linkId: 'phq9-1',
            answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }],
          },
        ],
        scoreDetails: '{"scales":[{"id":"total","value":12,"explanation":[]}],"riskSignals":[]}',
        scores: [
          {
            id: '4907bc24-d5e6-4f12-8d30-2b3c4d5e6f70',
            scaleId: 'total',
            system: 'http://snomed.info/sct',
            code: '720433000',
            display: 'Patient health questionnaire 9 score',
            value: 12,
            effectiveAt: '2026-10-04T09:00:00.000Z',
            itemsAnswered: 9,
            itemsTotal: 9,
          },
        ],
        note: 'After a bad week',
        forMeOnly: false,
        updatedAt: '2026-10-04T09:00:00.000Z',
        history: once('2026-10-04T09:00:00.000Z'),
      },
    ],
    journal: [
      {
        id: ENTRY,
        date: '2026-10-02',
        mood: 2,
        text: 'Couldn’t sleep.\n\tWrote this at 3am. \u000c (a form feed pasted in)',
        updatedAt: '2026-10-02T03:00:00.000Z',
        history: once('2026-10-02T03:00:00.000Z'),
      },
    ],
    attachments: [
      {
        id: FILE_DOC,
        purpose: 'advance_choice',
        mediaType: 'application/pdf',
        fileName: 'advance-choices.pdf',
        byteSize: 5,
        sha256: '3f9d0a5e1c2b4a6d8e7f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d',
        createdAt: '2026-09-09T09:00:00.000Z',
        content: 'JVBERi0=',
      },
      {
        id: FILE_PHOTO,
        purpose: 'reason_photo',
        mediaType: 'image/png',
        fileName: 'bryn.png',
        byteSize: 4,
        sha256: '4a0e1b6f2d3c5b7e9f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e',
        createdAt: '2026-09-11T09:00:00.000Z',
        content: 'iVBORw==',
      },
    ],
    reviews: [
      {
        id: REVIEW,
        createdAt: '2026-10-10T09:00:00.000Z',
        data: {
          ratedOn: '2026-10-10',
          lifeAreas: [{ id: AREA_WORK, words: 'Work', score: 3, wantHelp: true }],
          myCare: [
            { id: 'medication', words: 'Medication', score: 5, wantHelp: false },
            { id: 'practical-help', words: 'Practical help', score: null, wantHelp: true },
          ],
          meetingOn: '2026-10-12',
          nextReviewOn: '2027-01-12',
          areas: [
            {
              lifeAreaId: AREA_WORK,
              words: 'Work',
              goingWell: 'I go in three days a week',
              hard: 'Mondays',
              bestCase: 'Back full time',
              smallestStep: 'Talk to my manager',
              byPerson: 'Ask for a meeting',
              byPractitioner: 'Write a letter about my hours',
              byOthers: '',
              actions: [
                {
                  id: 'c28f3041-5d6e-4f70-8182-a3b4c5d6e7f9',
                  what: 'Ask my manager for a meeting',
                  who: 'person',
                  someoneName: '',
                  by: '2026-10-20',
                  addedBy: sam,
                  decision: 'confirmed',
                  decidedAt: '2026-10-12T11:00:00.000Z',
                  goalId: 'af6d1e2a-3b4c-4d5e-8f6a-8192a3b4c5d6',
                },
                {
                  id: 'd3904152-6e7f-4081-9293-b4c5d6e7f80a',
                  what: 'Write a letter about hours',
                  who: 'practitioner',
                  someoneName: '',
                  by: '2026-10-30',
                  addedBy: priya,
                  decision: 'waiting',
                  decidedAt: null,
                  goalId: null,
                },
              ],
            },
          ],
        },
        updatedAt: '2026-10-12T11:00:00.000Z',
        history: [
          ...once('2026-10-10T09:00:00.000Z'),
          {
            version: 2,
            action: 'ratings',
            at: '2026-10-10T09:05:00.000Z',
            author: sam,
            agreed: null,
          },
          {
            version: 3,
            action: 'meeting',
            at: '2026-10-12T10:30:00.000Z',
            author: priya,
            agreed: null,
          },
        ],
      },
    ],
  };
}
