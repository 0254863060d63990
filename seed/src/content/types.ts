/** A title and a text: one value, goal, working principle or partner group. */
export type Statement = { title: string; text: string }

/** The Leitbild in one language, in the order it was adopted. */
export type LeitbildContent = {
  adoptedBy: string
  adoptedIn: string
  visionLead: string
  /** The vision's further paragraphs. */
  vision: string[]
  values: Statement[]
  goals: Statement[]
  workingPrinciples: Statement[]
  partnerGroupsIntro: string
  partnerGroups: Statement[]
  longTermPicture: string
}
