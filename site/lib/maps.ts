const SOURCE = 'xinghualing-publicity'

/** Where a place is: its address, the name of its area (涧河街道), and WGS-84 coordinates when known. */
interface MapPoint {
  address: string
  area?: string
  lat: number | null
  lng: number | null
}

/** An administrative unit in an address: 杏花岭区, 涧河街道, 锦绣苑片区 (a 小区, 园区, 校区 or 景区 is a place). */
const UNIT = /\p{Script=Han}{1,12}?(?:省|自治区|市(?!场)|(?<![小园校景厂])区|县|街道|片区|社区|镇|乡)/gu
/** What is left of an address that says nothing of where: brackets, marks, 辖区内, 附近 … */
const FILLER = /[\s\p{P}\p{S}]|内|附近|一带|周边|境内/gu

/**
 * Whether an address names the place itself (a road, a lane, a number, a compound) and not
 * only areas: a map search for 杏花岭区涧河街道, 涧河街道（锦绣苑片区） or 涧河街道辖区内
 * lands in the middle of the district.
 */
export function namesPlace(address: string): boolean {
  const rest = address.normalize('NFKC').replace(UNIT, '').replace(FILLER, '')
  return [...rest].length >= 2 || /\d/.test(rest)
}

/** The words every 文明实践 place is called by: a name of only these says nothing of where it is. */
const GENERIC = /新时代|文明实践|便民服务|志愿服务|党群服务|综合|服务|中心|阵地|站|所|园|室|点|馆|[\s\p{P}]/gu

/**
 * What a map app should search for when there are no coordinates: the address where it
 * names the place, else the place's name, with its area in front where the name is only
 * generic words (新时代文明实践站 alone would find another district's).
 */
export function mapKeyword(name: string, location: MapPoint): string {
  if (namesPlace(location.address)) return location.address
  const generic = [...name.replace(GENERIC, '')].length < 2
  return generic && location.area ? `${location.area}${name}` : name
}

/**
 * "到这里去": a map-app link that needs no API key. On a phone the Amap (高德) URI opens the
 * app when installed (callnative) and its web map otherwise. Coordinates are stored as
 * WGS-84 (what a GPS gives), which the URI is told; without them the place is searched.
 */
export function amapUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      position: `${location.lng},${location.lat}`,
      name,
      coordinate: 'wgs84',
      callnative: '1',
      src: SOURCE,
    })
    return `https://uri.amap.com/marker?${query}`
  }
  return `https://uri.amap.com/search?${new URLSearchParams({ keyword: mapKeyword(name, location), city: '太原', callnative: '1', src: SOURCE })}`
}

/** The same place in Baidu Maps (百度地图), for residents who use that app. */
export function baiduUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      location: `${location.lat},${location.lng}`,
      title: name,
      content: location.address,
      coord_type: 'wgs84',
      output: 'html',
      src: SOURCE,
    })
    return `https://api.map.baidu.com/marker?${query}`
  }
  if (namesPlace(location.address))
    return `https://api.map.baidu.com/geocoder?${new URLSearchParams({ address: location.address, city: '太原', output: 'html', src: SOURCE })}`
  return `https://api.map.baidu.com/place/search?${new URLSearchParams({ query: mapKeyword(name, location), region: '太原', output: 'html', src: SOURCE })}`
}
