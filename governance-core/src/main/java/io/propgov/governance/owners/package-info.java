/**
 * The owners' organisation through its life: when an estate's first owners' assembly is due,
 * its owners' committee's term and re-election, the committee's size, party members and cross
 * membership with the community's two committees, a property management committee
 * (物业管理委员会) standing in where no owners' committee exists, and which body currently
 * represents the owners (Civil Code art. 277; Property Management Regulation, 2018 revision,
 * art. 10).
 *
 * @since 0.3.0
 */
package io.propgov.governance.owners;
