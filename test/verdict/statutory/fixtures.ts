/** A New York elevator maintenance agreement that renews automatically, written as such agreements are. */
export const NY_MAINTENANCE = `ELEVATOR MAINTENANCE AGREEMENT

This Elevator Maintenance Agreement (this "Agreement") is entered into as of March 1, 2023 (the "Effective Date") by and between Hudson Lift Services, Inc., a New York corporation ("Contractor"), and Garnet Street Owners Corp., a New York cooperative corporation ("Owner").

1. SERVICES. Contractor shall provide preventive maintenance, inspection and repair services for the two passenger elevators at 41 Garnet Street, Brooklyn, New York.

2. TERM. The initial term of this Agreement commences on the Effective Date and ends on February 28, 2026. Thereafter this Agreement shall automatically renew for successive terms of one (1) year each unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the expiration of the then-current term.

3. NOTICES. All notices shall be in writing and delivered by hand, by certified mail, return receipt requested, or by email. Notices sent by email are effective when sent.

4. GOVERNING LAW. This Agreement shall be governed by the laws of the State of New York.
`;
