export default {
  'plans.crisis.edit.title': 'Change my crisis plan',
  'plans.crisis.intro':
    'Write this when you feel well enough. It tells people what you want if you become very unwell. Every part is optional; write it your way.',
  'plans.crisis.empty':
    'You have not written a crisis plan yet. It can help the people around you do what you would want, if you become very unwell.',
  'plans.crisis.start': 'Start my crisis plan',
  'plans.crisis.startHint':
    'You have not saved this plan yet. Start with the part that feels easiest.',
  'plans.crisis.change': 'Change my crisis plan',
  'plans.crisis.back': 'Back to my crisis plan',
  'plans.crisis.save': 'Save crisis plan',
  'plans.crisis.more': 'More about my crisis plan',
  'plans.crisis.part.signs': 'When I am in crisis',
  'plans.crisis.part.ending': 'When the plan ends',
  'plans.crisis.signs': 'Signs that I am in crisis',
  'plans.crisis.signs.hint':
    'What others might notice. For example: "I stop eating and stay in my room", "I talk very fast and do not sleep".',
  'plans.crisis.wantInvolved': 'Who I want involved',
  'plans.crisis.wantInvolved.hint':
    'Choose people from your support network, most important first. Say what you want each one to do.',
  'plans.crisis.wantInvolved.pick': 'Add someone from my support network',
  'plans.crisis.wantInvolved.add': 'Add to my plan',
  'plans.crisis.wantInvolved.whatToDo': 'What I want {name} to do',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'For example: "Look after the cat", "Come with me to appointments", "Tell my work I am off sick".',
  'plans.crisis.nominatedPerson': 'My nominated person',
  'plans.crisis.nominatedPerson.pick': 'Choose my nominated person',
  'plans.crisis.nominatedPerson.hint':
    'Someone you trust to help make choices about your care if you are very unwell.',
  'plans.crisis.nominatedPerson.none': 'No one chosen',
  'plans.crisis.notInvolved': 'Who I do not want involved',
  'plans.crisis.notInvolved.hint':
    'People you do not want contacted or involved, and why if you want to say.',
  'plans.crisis.notInvolved.item': 'Person {number}',
  'plans.crisis.notInvolved.add': 'Add someone I do not want involved',
  'plans.crisis.notInvolved.name': 'Name',
  'plans.crisis.notInvolved.reason': 'Why (optional)',
  'plans.crisis.whatHelps': 'What helps',
  'plans.crisis.whatHelps.hint':
    'For example: "A quiet room", "Being spoken to calmly, one person at a time", "My music".',
  'plans.crisis.whatDoesNotHelp': 'What does not help',
  'plans.crisis.whatDoesNotHelp.hint':
    'For example: "Being touched without asking", "Lots of people talking at once".',
  'plans.crisis.treatment': 'Treatment I would and would not want',
  'plans.crisis.treatment.hint':
    'For example: "I would prefer to be treated at home if it is safe", "I do not want ECT".',
  'plans.crisis.medication': 'Medication',
  'plans.crisis.medication.hint':
    'What you take now, what has helped before, and anything you do not want. For example: "Sertraline 100mg works for me. Olanzapine made me very drowsy".',
  'plans.crisis.allergies': 'Allergies',
  'plans.crisis.allergies.hint': 'For example: "Penicillin". Write "None known" if you have none.',
  'plans.crisis.placesOfCare': 'Where I would prefer to be cared for',
  'plans.crisis.placesOfCare.hint':
    'For example: "At home with the home treatment team", "The crisis house on Park Road, not the ward".',
  'plans.crisis.practical': 'Practical matters',
  'plans.crisis.practical.hint': 'Who should sort out what, so you do not have to worry.',
  'plans.crisis.practical.children': 'Children',
  'plans.crisis.practical.children.hint':
    'For example: "My sister Jo picks up the children from school".',
  'plans.crisis.practical.pets': 'Pets',
  'plans.crisis.practical.pets.hint':
    'For example: "Ade next door feeds the cat. The key is under the blue pot".',
  'plans.crisis.practical.home': 'Home',
  'plans.crisis.practical.home.hint':
    'For example: "Ask Mum to check the post and water the plants".',
  'plans.crisis.practical.bills': 'Bills and money',
  'plans.crisis.practical.bills.hint': 'For example: "Rent is paid by direct debit on the 1st".',
  'plans.crisis.practical.work': 'Work, study or volunteering',
  'plans.crisis.practical.work.hint': 'For example: "Tell my manager Priya, not the whole team".',
  'plans.crisis.noLongerApplies': 'When this plan no longer applies',
  'plans.crisis.noLongerApplies.hint':
    'For example: "When I am sleeping and eating again and say I am ready to manage things myself".',
  'plans.crisis.advanceChoice': 'My advance choice document',
  'plans.crisis.advanceChoice.hint':
    'If you have an advance choice document or advance statement, you can keep a copy with your plan. Only you can open it.',
  'plans.crisis.advanceChoice.open': 'Open “{name}”',
  'plans.crisis.advanceChoice.attached': 'A document is attached.',
  'plans.crisis.advanceChoice.remove': 'Take it off my plan',
  'plans.crisis.lastReviewed': 'When I last reviewed this plan',
  'plans.crisis.lastReviewed.label': 'Date I last reviewed it',
  'plans.crisis.lastReviewed.hint':
    'It is a good idea to look at your plan every 6 months, or after a crisis. For example, 2026-11-25.',
  'plans.crisis.lastReviewed.today': 'I reviewed it today',
} as const;
