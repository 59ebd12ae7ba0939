// en-GB messages for suggestions: making one, deciding on one, and seeing what became of yours.
export const enGBSuggestions = {
  'error.WM_SUGGESTION_DECIDED':
    'This suggestion has already been accepted, declined or withdrawn, so nothing was changed.',
  'error.WM_SUGGESTION_ITEM_GONE':
    'What this suggestion is about has been deleted, so it cannot be changed. Nothing was changed.',
  'error.WM_SUGGESTION_TOO_MANY':
    'You have {max} suggestions waiting for this person already. Wait until they have looked at some.',
  'suggestions.validation.baseVersion':
    'This is not a version you could have seen. Reload the page and suggest again.',
  'suggestions.validation.itemId': 'This is not the item this suggestion can be about',

  // The person's page.
  'suggestions.title': 'Suggestions',
  'suggestions.intro':
    'People you share with can suggest changes. Nothing changes in your record unless you accept it. You can change the words first, or say no.',
  'suggestions.empty': 'There are no suggestions waiting for you.',
  'suggestions.pendingTitle': 'Waiting for you',
  'suggestions.decidedTitle': 'Decided',
  'suggestions.from': '{name} suggested a change to {what}',
  'suggestions.fromNew': '{name} suggested something new for {what}',
  'suggestions.when': 'Suggested {when}',
  'suggestions.what.about_me': 'About me',
  'suggestions.what.goal': 'a goal',
  'suggestions.what.staying_well': 'your staying-well plan',
  'suggestions.what.after_crisis': 'your after-a-crisis notes',
  'suggestions.before': 'Before',
  'suggestions.after': 'Suggested',
  'suggestions.nothingBefore': 'Nothing yet',
  'suggestions.removed': 'Taken out',
  'suggestions.added': 'Added',
  'suggestions.noChanges': 'This suggestion changes nothing that is saved now.',
  'suggestions.outdated':
    'This has changed since {name} made the suggestion. Look at what is saved now, what they suggested and what it was based on, then choose the words yourself.',
  'suggestions.outdatedNow': 'Saved now',
  'suggestions.outdatedBase': 'What the suggestion was based on',
  'suggestions.itemGone':
    'What this suggestion was about has been deleted. You can only decline it.',
  'suggestions.accept': 'Accept',
  'suggestions.change': 'Change it, then accept',
  'suggestions.acceptChanged': 'Accept with my changes',
  'suggestions.decline': 'Decline',
  'suggestions.cancel': 'Cancel',
  'suggestions.reply': 'A reply to {name} (optional)',
  'suggestions.reply.hint': 'They will see this with your answer.',
  'suggestions.accepted': 'Accepted. It is now part of your record.',
  'suggestions.declined': 'Declined. Nothing in your record changed.',
  'suggestions.conflict':
    'This changed again while you were deciding, so nothing was saved. Look at it again below.',
  'suggestions.status.pending': 'Waiting',
  'suggestions.status.accepted': 'Accepted',
  'suggestions.status.acceptedChanged': 'Accepted with changes',
  'suggestions.status.declined': 'Declined',
  'suggestions.status.withdrawn': 'Withdrawn',
  'suggestions.theirReply': 'Reply: {reply}',

  // Making a suggestion.
  'suggest.title': 'Suggest a change to {what}',
  'suggest.titleNew': 'Suggest a new goal for {name}',
  'suggest.intro':
    '{name} will see your suggestion and decide. Nothing changes in their record unless they accept it.',
  'suggest.newStep': 'Add a step (optional)',
  'suggest.step': 'Step {n}',
  'suggest.send': 'Send suggestion',
  'suggest.sent':
    'Your suggestion was sent to {name}. You can see what becomes of it on your page.',

  // The suggester's own list.
  'mySuggestions.title': 'Your suggestions',
  'mySuggestions.empty': 'You have not made any suggestions.',
  'mySuggestions.item': 'To {name}, about {what}',
  'mySuggestions.withdraw': 'Withdraw',
  'mySuggestions.withdrawn': 'Your suggestion was withdrawn.',

  // Field names in a suggestion.
  'suggestions.field.title': 'Goal',
  'suggestions.field.why': 'Why it matters',
  'suggestions.field.whoHelps': 'Who helps',
  'suggestions.field.steps': 'Steps',
  'suggestions.field.status': 'How it is going',
  'suggestions.field.targetDate': 'By when',
  'suggestions.field.lifeAreaId': 'Life area',
  'suggestions.field.strengths': 'Strengths',
  'suggestions.field.values': 'What they value',
  'suggestions.field.whatMatters': 'What matters',
  'suggestions.field.identity': 'Who they are',
  'suggestions.field.culture': 'Culture and background',
  'suggestions.field.whenWell': 'When they are well',
  'suggestions.field.howToSupportMe': 'How to support them',
  'suggestions.field.daily': 'Every day',
  'suggestions.field.weekly': 'Every week',
  'suggestions.field.triggers': 'Triggers',
  'suggestions.field.earlyWarningSigns': 'Early warning signs',
  'suggestions.field.gettingWorse': 'When things are getting worse',
  'suggestions.field.backOnTrack': 'Getting back on track',
  'suggestions.field.learned': 'What was learned',
} as const;
