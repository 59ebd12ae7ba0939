export default {
  'plans.moving.intro':
    'Leaving a service can be a good step. This plan helps you spot early if things get harder, and come back quickly if you need to.',
  'plans.moving.intro2':
    'It is yours. It stays in your record, even after you leave a team or a service.',
  'plans.moving.empty':
    'You have not started this plan yet. You could start with one sign you would want to notice.',
  'plans.moving.save': 'Save moving-on plan',
  'plans.moving.earlyWarningSigns': 'My early warning signs',
  'plans.moving.earlyWarningSigns.hint':
    'Small changes that tell you things are getting harder. For example: "I stop answering my phone".',
  'plans.moving.earlyWarningSigns.item': 'Sign {number}',
  'plans.moving.earlyWarningSigns.add': 'Add a sign',
  'plans.moving.contacts': 'Who I will contact',
  'plans.moving.contacts.hint':
    'Choose from your support network. Say what you would like each person to do.',
  'plans.moving.contacts.pick': 'Add someone I will contact',
  'plans.moving.contacts.add': 'Add to my plan',
  'plans.moving.contacts.whatToDo': 'What I would like {name} to do',
  'plans.moving.contacts.whatToDo.hint':
    'For example: "Ring me once a week", "Help me call the team".',
  'plans.moving.comeBack': 'Coming back quickly',
  'plans.moving.wayBack': 'How to get back in touch',
  'plans.moving.wayBack.hint':
    'The team or service to contact, and how, in your own words. For example: "Ring the team and ask for the duty worker".',
  'plans.moving.whatToSay': 'What to say',
  'plans.moving.whatToSay.hint':
    'For example: "I was with the team until May. My early signs are back and I would like to see someone soon".',
  'plans.moving.helpedBefore': 'What helped before',
  'plans.moving.helpedBefore.hint':
    'For example: "Seeing the same worker", "A visit at home in the morning".',
} as const;
