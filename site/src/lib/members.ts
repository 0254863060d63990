import type { MemberDoc } from '../cms/types.ts'

/** Members by district value; an organisation working in two districts appears in both. */
export function membersByDistrict(members: MemberDoc[]): Map<string, MemberDoc[]> {
  const groups = new Map<string, MemberDoc[]>()
  for (const member of members) {
    for (const district of member.districts) groups.set(district, [...(groups.get(district) ?? []), member])
  }
  return groups
}
