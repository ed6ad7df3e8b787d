/**
 * Work orders: residents' complaints and requests (the 12345 hotline, a service station, the
 * owners' committee) handled and rated as orders, as in Beijing's 接诉即办 ("handle complaints
 * upon receipt"). Each order is judged on time or late against its category's response and
 * resolution deadlines (calendar or working days, counted with the hierarchy's work calendar);
 * each unit and company gets the "three rates" (response, resolution, satisfaction) per month,
 * rolled up the organisation tree by adding numerators and denominators; units and companies
 * are ranked per month with policy-sized top and bottom lists; upheld complaints become credit
 * events a host adds to the company's credit record.
 *
 * @since 0.3.0
 */
package io.propgov.governance.workorder;
