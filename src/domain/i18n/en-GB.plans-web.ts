// en-GB messages for the web pages of the plans, the support network, the crisis lines,
// keeping the crisis plan on a device, printing and emergency links. Examples beside each
// field are short and personal on purpose: copied, generic plans do not help people.
// Nothing about crisis ends in an exclamation mark.
export const enGBPlansWeb = {
  'nav.crisisPlan': 'Crisis plan',
  'nav.plans': 'My plans',
  'nav.supportNetwork': 'My support network',

  'crisis.title': 'If you need help now',
  'crisis.danger': 'If you are in danger now, call {number} or go to A&E.',
  'crisis.call': 'Call {name} on {number}',
  'crisis.text': 'Text {word} to {number}',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'In England, choose the mental health option.',
  'crisis.samaritans.name': 'Samaritans',
  'crisis.samaritans.detail': 'Free, day or night.',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Shout is a free text service, day or night.',

  'print.button': 'Print or save as PDF',
  'print.date': 'Printed on {date}',
  'print.name': 'Name: {name}',

  'home.plansTitle': 'My plans',

  'network.title': 'My support network',
  'network.intro':
    'The people, groups and services that support you: how each one helps, and how to reach them. Your plans can name people from here.',
  'network.add': 'Add someone',
  'network.none':
    'You have not added anyone yet. Who helps you? It could be a friend, a neighbour, a group you go to or a service.',
  'network.kind.person': 'Person',
  'network.kind.group': 'Group',
  'network.kind.service': 'Service',
  'network.formal': 'Formal support',
  'network.informal': 'Informal support',
  'network.formal.long': 'Formal: a professional or a service, like a GP, a nurse or a crisis team',
  'network.informal.long': 'Informal: family, friends, neighbours, a group or community',
  'network.crisisContact': 'Crisis contact',
  'network.field.name': 'Name',
  'network.field.name.hint':
    'The name you use for them. For example: "Mum", "Ade next door", "Tuesday walking group".',
  'network.field.kind': 'Is this a person, a group or a service?',
  'network.field.howTheyHelp': 'How they help',
  'network.field.howTheyHelp.hint':
    'For example: "Listens without judging", "Takes me for a walk when I cannot get out".',
  'network.field.phone': 'Phone',
  'network.field.phoneOptional': 'Phone number (optional)',
  'network.field.phone.hint': 'For example: 07700 900123.',
  'network.field.email': 'Email',
  'network.field.emailOptional': 'Email address (optional)',
  'network.field.notes': 'Notes',
  'network.field.notesOptional': 'Notes (optional)',
  'network.field.notes.hint': 'For example: the best times to call, or "Do not call after 9pm".',
  'network.field.formal': 'What kind of support is this?',
  'network.field.formal.hint': 'Both kinds matter.',
  'network.field.crisisContact': 'Someone to contact in a crisis',
  'network.field.crisisContact.hint':
    'Tick this if you would like them to be contacted when you are in crisis.',
  'network.new.title': 'Add someone to my support network',
  'network.edit.title': 'Change details',
  'network.save': 'Save',
  'network.saved': '“{name}” saved.',
  'network.back': 'Back to my support network',
  'network.backToSafetyPlan': 'Back to my safety plan',
  'network.change': 'Change',
  'network.delete': 'Delete',
  'network.delete.confirm':
    'Delete “{name}” from your support network? Plans that name them will show that they are no longer in your network.',
  'network.delete.yes': 'Yes, delete',
  'network.deleted': '“{name}” deleted.',
  'network.restored': '“{name}” is back.',
  'network.changedElsewhere':
    'This changed somewhere else, so it was not deleted. The list has been updated: check it and try again.',

  'plans.title': 'My plans',
  'plans.intro':
    'Plans in your own words, for staying well, for a crisis, and for afterwards. Start with whichever one feels most useful.',
  'plans.related': 'Also useful',
  'plans.backToPlans': 'Back to my plans',
  'plans.notStarted': 'Not started yet.',
  'plans.changedOn': 'Last changed {date}.',
  'plans.lastSaved': 'Last saved {when}.',
  'plans.contactGone': 'Someone no longer in your support network',
  'plans.pair': '{first}: {second}',
  'plans.yes': 'Yes',
  'plans.no': 'No',
  'plans.sheet.nothing': 'Nothing written yet.',

  'plans.list.empty': 'Nothing here yet.',
  'plans.list.entry': 'entry {number}',
  'plans.list.which': '{what}',
  'plans.list.moveUp': 'Move up',
  'plans.list.moveDown': 'Move down',
  'plans.list.remove': 'Remove',
  'plans.list.removed': 'Removed {what}. It is gone when you save.',
  'plans.list.restored': '{what} is back.',
  'plans.list.full': 'You can have up to {max} entries here.',

  'plans.picker.hint': 'Only people in your support network can be chosen.',
  'plans.picker.placeholder': 'Choose someone',
  'plans.picker.crisisContact': '{name} (crisis contact)',
  'plans.picker.choose': 'Choose someone from the list first',
  'plans.picker.none': 'No one chosen yet.',
  'plans.picker.allChosen': 'Everyone in your support network is already here.',
  'plans.picker.emptyNetwork': 'There is no one in your support network yet.',
  'plans.picker.addToNetwork': 'Add someone to your support network',

  'plans.review.title': 'Time to look at your crisis plan again',
  'plans.review.old':
    'You last reviewed your crisis plan on {date}, more than 6 months ago. When you feel ready, read it through and change anything that is different now.',
  'plans.review.missing':
    'Your crisis plan does not say when you last reviewed it. When you feel ready, read it through and add the date.',
  'plans.review.link': 'Review my crisis plan',

  'plans.staying-well.title': 'My staying-well plan',
  'plans.staying-well.summary':
    'What you do to stay well, what can set you off, and the early signs to watch for.',
  'plans.sw.intro':
    'What keeps you well, in your own words. Small, specific things work best. Put the most important first.',
  'plans.sw.empty':
    'You have not started this plan yet. Start with one thing you do that helps, however small.',
  'plans.sw.save': 'Save staying-well plan',
  'plans.sw.daily': 'What I do every day to stay well',
  'plans.sw.daily.hint': 'For example: "Walk to the shop and back before 10", "Text my sister".',
  'plans.sw.daily.item': 'Every day, number {number}',
  'plans.sw.daily.add': 'Add something I do every day',
  'plans.sw.weekly': 'What I do every week',
  'plans.sw.weekly.hint': 'For example: "Football on Saturday", "Phone Dad on Sunday evening".',
  'plans.sw.weekly.item': 'Every week, number {number}',
  'plans.sw.weekly.add': 'Add something I do every week',
  'plans.sw.triggers': 'Things that can set me off, and what helps',
  'plans.sw.triggers.hint':
    'For example: "Letters about money" and what helps: "Open them with my key worker".',
  'plans.sw.triggers.item': 'Trigger {number}',
  'plans.sw.triggers.add': 'Add a trigger',
  'plans.sw.triggers.trigger': 'What can set me off',
  'plans.sw.triggers.whatHelps': 'What helps',
  'plans.sw.earlyWarningSigns': 'Early warning signs, and what to do',
  'plans.sw.earlyWarningSigns.hint':
    'For example: "I stop answering my phone" and what to do: "Mum pops round for a cup of tea".',
  'plans.sw.earlyWarningSigns.item': 'Early warning sign {number}',
  'plans.sw.earlyWarningSigns.add': 'Add an early warning sign',
  'plans.sw.earlyWarningSigns.sign': 'A sign that I am becoming unwell',
  'plans.sw.earlyWarningSigns.whatToDo': 'What I or others should do',
  'plans.sw.gettingWorse': 'When things are getting worse, and what helps then',
  'plans.sw.gettingWorse.hint':
    'For example: "I am awake most of the night" and what helps: "Call my care coordinator the next morning".',
  'plans.sw.gettingWorse.item': 'When things are getting worse, number {number}',
  'plans.sw.gettingWorse.add': 'Add a sign that things are getting worse',
  'plans.sw.gettingWorse.sign': 'A sign that things are getting worse',
  'plans.sw.gettingWorse.whatHelps': 'What helps then',

  'plans.crisis.title': 'My crisis plan',
  'plans.crisis.summary':
    'What you want to happen if you are in crisis, and who you want involved. You can print it, keep it on your phone and share it in an emergency.',
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
    'Choose people from your support network, most important first, and say what you want each one to do.',
  'plans.crisis.wantInvolved.pick': 'Add someone from my support network',
  'plans.crisis.wantInvolved.add': 'Add to my plan',
  'plans.crisis.wantInvolved.whatToDo': 'What I want {name} to do',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'For example: "Look after the cat", "Come with me to appointments", "Tell my work I am off sick".',
  'plans.crisis.nominatedPerson': 'My nominated person',
  'plans.crisis.nominatedPerson.pick': 'Choose my nominated person',
  'plans.crisis.nominatedPerson.hint':
    'Someone you trust to be involved in decisions about your care if you are very unwell.',
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

  'plans.view.own.signs': 'Signs that I am in crisis',
  'plans.view.other.signs': 'Signs that {name} is in crisis',
  'plans.view.own.wantInvolved': 'Who I want involved',
  'plans.view.other.wantInvolved': 'Who {name} wants involved',
  'plans.view.own.notInvolved': 'Who I do not want involved',
  'plans.view.other.notInvolved': 'Who {name} does not want involved',
  'plans.view.helps': 'What helps and what does not',
  'plans.view.care': 'Treatment, medication and allergies',
  'plans.view.call': 'Call {phone}',
  'plans.view.nominatedHint': 'The person to involve in decisions about care.',
  'plans.view.lastReviewed': 'Last reviewed on {date}.',
  'plans.view.notReviewed': 'No review date given.',

  'plans.safety.title': 'My safety plan',
  'plans.safety.summary':
    'Steps to help you stay safe when things feel too much: from things you can do on your own, to people who can help.',
  'plans.safety.intro':
    'A safety plan helps you get through moments when you feel you might not be able to keep yourself safe. Write it when you feel calmer, in your own words.',
  'plans.safety.intro2':
    'Go through it one step at a time. You only need to fill in what helps you, and you can change it whenever you like.',
  'plans.safety.empty':
    'You have not started this plan yet. You could start with one thing that has helped before.',
  'plans.safety.save': 'Save safety plan',
  'plans.safety.warningSigns': 'Signs that things are becoming hard',
  'plans.safety.warningSigns.hint':
    'Thoughts, feelings or situations. For example: "I start to think nobody would notice if I was not here".',
  'plans.safety.warningSigns.item': 'Sign {number}',
  'plans.safety.warningSigns.add': 'Add a sign',
  'plans.safety.onMyOwn': 'Things I can do on my own',
  'plans.safety.onMyOwn.hint':
    'For example: "Have a cold shower", "Play my playlist called Calm", "Hold the stone from Filey beach".',
  'plans.safety.onMyOwn.item': 'On my own, number {number}',
  'plans.safety.onMyOwn.add': 'Add something I can do',
  'plans.safety.peopleAndPlaces': 'People and places that take my mind off things',
  'plans.safety.peopleAndPlaces.hint':
    'For example: "The library café", "Sitting with Gran while she watches quiz shows".',
  'plans.safety.peopleAndPlaces.item': 'Person or place {number}',
  'plans.safety.peopleAndPlaces.add': 'Add a person or place',
  'plans.safety.peopleToAsk': 'People I can ask for help',
  'plans.safety.peopleToAsk.hint':
    'Choose from your support network. Their phone numbers are shown here so you can call them.',
  'plans.safety.peopleToAsk.pick': 'Add someone I can ask for help',
  'plans.safety.peopleToAsk.add': 'Add to my plan',
  'plans.safety.professionals': 'Professionals and services I can contact',
  'plans.safety.professionals.hint':
    'For example: your GP, your care coordinator or the crisis team. Add them to your support network with their phone number first.',
  'plans.safety.professionals.pick': 'Add a professional or service',
  'plans.safety.professionals.add': 'Add to my plan',
  'plans.safety.saferSurroundings': 'Making where I am safer',
  'plans.safety.saferSurroundings.hint':
    'Things you or others can do to make where you are safer. For example: "Ask Sam to keep hold of things for me for a while".',
  'plans.safety.saferSurroundings.item': 'Safer, number {number}',
  'plans.safety.saferSurroundings.add': 'Add something that makes me safer',
  'plans.safety.reasonsForLiving': 'My reasons for living',
  'plans.safety.reasonsForLiving.hint':
    'The people, hopes and things that matter to you. For example: "My daughter\'s wedding next spring", "My dog, Biscuit".',
  'plans.safety.reasonsForLiving.item': 'Reason {number}',
  'plans.safety.reasonsForLiving.add': 'Add a reason',
  'plans.safety.photos': 'Photos of my reasons for living',
  'plans.safety.photos.hint': 'Photos are kept private in your record. Only you can see them.',
  'plans.safety.photos.add': 'Add a photo',
  'plans.safety.photos.alt': 'My reasons for living, photo {number}',
  'plans.safety.photos.remove': 'Remove photo {number}',
  'plans.safety.photos.removed': 'Photo removed. It is gone from your plan when you save.',
  'plans.safety.photoCount.one': '1 photo',
  'plans.safety.photoCount': '{count} photos',

  'plans.after-crisis.title': 'After a crisis',
  'plans.after-crisis.summary':
    'What you need to get back on track, and what you learned for next time.',
  'plans.after.intro':
    'After a crisis, it can help to write down what you need now and what you would like to be different next time. Take your time.',
  'plans.after.empty': 'Nothing written yet. You can come back to this whenever you feel ready.',
  'plans.after.save': 'Save',
  'plans.after.backOnTrack': 'What I need to get back on track',
  'plans.after.backOnTrack.hint':
    'For example: "A phased return to work", "Someone to help me catch up with post and bills".',
  'plans.after.learned': 'What I learned for next time',
  'plans.after.learned.hint':
    'For example: "I noticed I had stopped sleeping two weeks before. Next time I will call my GP sooner".',

  'upload.choose': 'Upload a document',
  'upload.replace': 'Upload a different document',
  'upload.limits': 'A PDF or a photo (PNG, JPEG or WebP), up to {max} MB.',
  'upload.photoLimits': 'A photo (PNG, JPEG or WebP), up to {max} MB.',
  'upload.sending': 'Uploading “{name}”…',
  'upload.done': '“{name}” uploaded. Save your crisis plan to keep it with your plan.',
  'upload.photoDone': 'Photo uploaded. Save your safety plan to keep it there.',
  'upload.detached': 'The document will be taken off your plan when you save.',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'You are using {used} MB of your {quota} MB.',
  'upload.removedAfterWindow': 'This file was removed after {days} days.',

  'device.title': 'Keep my crisis plan on this device',
  'device.what':
    'Turn this on to read your crisis plan when there is no internet connection. Your crisis plan, and the phone numbers and email addresses of the people it names, are saved on this phone or computer.',
  'device.warning':
    'Anyone who can use this device could read it. Only turn this on if the device is yours and you keep it locked.',
  'device.nothingElse':
    'Nothing else from your record is kept on the device. Turning this off, or signing out, removes it.',
  'device.off': 'This is off. Your crisis plan is not kept on this device.',
  'device.on': 'This is on. Saved on this device on {when}.',
  'device.turnOn': 'Keep my crisis plan on this device',
  'device.turnOff': 'Remove it from this device',
  'device.turnedOn': 'Your crisis plan is now kept on this device.',
  'device.turnedOff': 'Your crisis plan has been removed from this device.',
  'device.failed':
    'Your crisis plan could not be saved on this device. There may not be enough space.',
  'device.unavailable': 'This browser cannot keep a copy. It works on secure (https) addresses.',
  'device.savedOn': 'Saved on this device on {when}',
  'device.offlineExplained':
    'Waymark cannot be reached just now, so this is the copy kept on this device. It may not have the latest changes.',
  'device.noCopy': 'We could not load your crisis plan. Check your connection and try again.',

  'links.title': 'Emergency links to my crisis plan',

  'emergency.title': 'Crisis plan for {name}',
  'emergency.intro':
    '{name} has shared their crisis plan with you through an emergency link. It tells you what they want to happen if they are in crisis.',
  'emergency.updated': 'Last updated {when}.',
  'emergency.notWritten': 'Nothing has been written in this plan yet.',
  'emergency.until': 'This link works until {when}.',
  'emergency.gone.title': 'This link has expired or been turned off',
  'emergency.gone.body': 'The person who shared it can make a new one if you still need it.',
  'emergency.failed.title': 'This crisis plan could not be loaded',
} as const;
