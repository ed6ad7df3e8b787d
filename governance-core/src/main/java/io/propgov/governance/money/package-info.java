/**
 * Transparency and money: what a property company must disclose to the owners and when (Civil
 * Code art. 943), fees against their published standards and co-managing companies' unified fees
 * (Handan, Beijing Fengtai), the owners' maintenance fund (Measures on residential maintenance
 * funds, 2007: the first deposit, the top-up, the vote or emergency procedure for each use), the
 * owners' share of common-part income (Civil Code art. 282), and Wuhan Jiang'an's shares of
 * estates that break even and that collect fees, rolled up the organisation tree.
 */
package io.propgov.governance.money;
